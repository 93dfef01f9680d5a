import { join } from 'node:path';
import {
  Topics,
  type Availability,
  type SalesOrder,
  type StockMovement,
  type StockMovementKind,
  type TopicDefinition,
} from '@parity/contracts';
import {
  AvroSerde,
  createKafkaClient,
  createSchemaRegistryClient,
  ensureTopics,
} from '@parity/kafka';
import { ServiceProcess } from '@parity/launcher';
import { worldProblems, worldTablesSchema, type WorldTables } from '@parity/world';
import { publishWorld } from '@parity/world-api';
import * as avro from 'avsc';
import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { readTopicUntil, type StartOffsets } from '../support/read-topic';
import { serviceEnv, testLogDir, workspaceRoot } from '../support/service-env';
import { stackEnv } from '../support/stack-env';

// Apart from the ports of `npm start` (3001…) and the lifecycle smoke test (3100…).
export const INVENTORY_TEST_PORT = 3120;
/** The consumer group of inventory (its OTEL service name, as the launcher sets it). */
const INVENTORY_GROUP = 'parity-inventory';

const OWNER_SOURCE = { WH1: 'PEOPLEVOX', WH2: 'CLARUS', STORE01: 'PRIMA' } as const;
export type TestDepot = keyof typeof OWNER_SOURCE;

/** Where a test depot's figures go, as the world model's depot `push` says. */
export type TestPushes = Partial<
  Record<
    TestDepot,
    { prima?: boolean; sitooWarehouseId?: number | null; lightspeedShopId?: string | null }
  >
>;

/**
 * The world every inventory test runs in: WH1 a Peoplevox warehouse (site PrimarySite), WH2 a
 * Clarus one numbering its movements 1, 2, 3… (warehouse MAIN), STORE01 the Prima-owned depot of
 * store STH; pushing nowhere unless `pushes` says so.
 */
export function testWorld(pushes: TestPushes = {}): WorldTables {
  const world = worldTablesSchema.parse({
    stores: [{ code: 'STH' }],
    depots: [
      { code: 'WH1', owner: 'PEOPLEVOX', wms: 'PEOPLEVOX', push: pushes.WH1 },
      { code: 'WH2', owner: 'CLARUS', wms: 'CLARUS', contiguousSequence: true, push: pushes.WH2 },
      { code: 'STORE01', owner: 'PRIMA', store: 'STH', push: pushes.STORE01 },
    ],
    vendorLocations: [
      { vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'WH1' },
      { vendor: 'CLARUS', location: 'MAIN', depot: 'WH2' },
    ],
  });
  const problems = worldProblems(world);
  if (problems.length > 0) throw new Error(`inconsistent test world: ${problems.join('; ')}`);
  return world;
}

/** Applies inventory's migrations as the owner role, as a deployment's init step would. */
export function migrateInventory(): Promise<void> {
  return ServiceProcess.migrate({
    name: 'inventory',
    env: serviceEnv(),
    workspaceRoot,
    logDir: testLogDir,
    ownerDatabaseUrl: stackEnv('DATABASE_OWNER_URL'),
  });
}

/**
 * The built inventory service (dist/apps/inventory) against the stack, ready to consume, in
 * `world`. The world model's topic has one key shared by every test, so the test's world is
 * published first: the service reads the topic to its end before it is ready.
 */
export async function startInventory(
  stack: InventoryStack,
  env: Record<string, string> = {},
  world: WorldTables = testWorld(),
): Promise<ServiceProcess> {
  await stack.publishWorld(world);
  const service = new ServiceProcess({
    name: 'inventory',
    port: INVENTORY_TEST_PORT,
    env: { ...serviceEnv(), ...env },
    workspaceRoot,
    logDir: join(testLogDir, 'inventory'),
  });
  const readiness = await service.waitUntilReady(60_000);
  if (!readiness.ready) throw new Error(`inventory not ready: ${JSON.stringify(readiness)}`);
  return service;
}

export function metricsOf(): Promise<string> {
  return fetch(`http://127.0.0.1:${INVENTORY_TEST_PORT}/metrics`).then((r) => r.text());
}

/** A movement as edge would publish it from the depot's owner. */
export function stockMovement(
  sku: string,
  depot: TestDepot | 'NOWHERE',
  sourceSequence: number,
  kind: StockMovementKind,
  quantity: number,
  extra: Partial<StockMovement> = {},
): StockMovement {
  const source = depot === 'NOWHERE' ? 'PEOPLEVOX' : OWNER_SOURCE[depot];
  return {
    header: {
      eventId: `${source.toLowerCase()}:movement:${depot}:${sku}:${sourceSequence}`,
      source,
      producedBy: 'edge/test',
      occurredAt: Date.now(),
      sourceTimeZone: 'Europe/London',
      archiveRef: null,
    },
    sku,
    depot,
    kind,
    sourceSequence,
    quantity,
    quantityScale: 0,
    condition: 'SELLABLE',
    orderNo: null,
    poNo: null,
    reasonCode: null,
    levels: null,
    ...extra,
  };
}

/** Kafka and PostgreSQL as a test of the inventory service sees them. */
export class InventoryStack {
  readonly kafka: Kafka = createKafkaClient({
    brokers: stackEnv('KAFKA_BROKERS').split(','),
    clientId: 'inventory-test',
  });
  readonly serde = new AvroSerde(
    createSchemaRegistryClient(stackEnv('SCHEMA_REGISTRY_URL'), 'inventory-test'),
  );
  /** The service's own role, as the snapshot worker runs. */
  readonly db = new DataSource({
    type: 'postgres',
    url: stackEnv('DATABASE_URL'),
    extra: { max: 4 },
  });
  /** For what only operators do: safety buffers. */
  readonly owner = new DataSource({ type: 'postgres', url: stackEnv('DATABASE_OWNER_URL') });
  private readonly producer: Producer = this.kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });

  async connect(): Promise<void> {
    // On a fresh broker the catalog's topics may not exist or have leaders yet.
    await ensureTopics(this.kafka);
    await Promise.all([this.db.initialize(), this.owner.initialize(), this.producer.connect()]);
    await this.serde.register(Topics.wmsStockMovementsV1);
    await this.serde.register(Topics.erpSalesOrdersV1);
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
    await Promise.all([this.db.destroy(), this.owner.destroy()]);
  }

  /**
   * Moves inventory's consumer group past everything on `topic` so far (it must not be
   * running): a test that starts at a vendor then sees only what its own actions produce, not
   * what earlier tests or runs left on a compacted topic.
   */
  async skipEarlier(topic: TopicDefinition<unknown>): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(topic.name);
      await admin.setOffsets({
        groupId: INVENTORY_GROUP,
        topic: topic.name,
        partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
      });
    } finally {
      await admin.disconnect();
    }
  }

  /** Makes `world` the world model every service reads (as reconciliation would publish it). */
  publishWorld(world: WorldTables): Promise<void> {
    return publishWorld(this.kafka, this.serde, world);
  }

  /** Produces movements keyed by SKU, in the order given. */
  produce(movements: readonly StockMovement[]): Promise<void> {
    return this.produceTo(Topics.wmsStockMovementsV1, movements);
  }

  /** Produces approved or cancelled Prima orders, as edge publishes them. */
  produceOrders(orders: readonly SalesOrder[]): Promise<void> {
    return this.produceTo(Topics.erpSalesOrdersV1, orders);
  }

  private async produceTo<V>(topic: TopicDefinition<V>, values: readonly V[]): Promise<void> {
    for (let i = 0; i < values.length; i += 2_000) {
      await this.producer.send({
        topic: topic.name,
        acks: -1,
        messages: values.slice(i, i + 2_000).map((value) => ({
          key: topic.key.of(value),
          value: this.serde.encode(topic, value),
        })),
      });
    }
  }

  /** Availability events of some SKUs, from `from` on, until `enough` holds for them. */
  async availability(
    from: StartOffsets,
    skus: ReadonlySet<string>,
    enough: (events: readonly Availability[]) => boolean,
    timeoutMs = 60_000,
  ): Promise<Availability[]> {
    const ours = (messages: readonly KafkaMessage[]) =>
      messages
        .map((m) => decodeWithCatalogSchema(Topics.inventoryAvailabilityV1, m.value))
        .filter((event) => skus.has(event.sku));
    const messages = await readTopicUntil(
      this.kafka,
      Topics.inventoryAvailabilityV1.name,
      (read) => enough(ours(read)),
      timeoutMs,
      from,
    );
    return ours(messages);
  }

  async ledger(skus: readonly string[]): Promise<LedgerRow[]> {
    return this.db.query(
      `SELECT sku, depot, on_hand::int, allocated::int, quarantined::int, pending::int,
              last_sequence::int, version::int
         FROM inventory.stock_ledger WHERE sku = ANY($1) ORDER BY sku, depot`,
      [skus],
    );
  }

  /** Polls a query until `done` holds or the timeout passes; returns the last rows. */
  async waitFor<T>(
    sql: string,
    params: unknown[],
    done: (rows: T[]) => boolean,
    timeoutMs = 60_000,
    pollMs = 200,
  ): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    let rows: T[] = [];
    while (Date.now() < deadline) {
      rows = await this.db.query(sql, params);
      if (done(rows)) return rows;
      await new Promise((wait) => setTimeout(wait, pollMs));
    }
    return rows;
  }
}

export interface LedgerRow {
  sku: string;
  depot: string;
  on_hand: number;
  allocated: number;
  quarantined: number;
  pending: number;
  last_sequence: number;
  version: number;
}

/**
 * Decodes a record written with the catalog's own schema, synchronously (the read helper's
 * stop condition is synchronous): skips the Confluent framing (magic byte, schema id).
 */
export function decodeWithCatalogSchema<V>(topic: TopicDefinition<V>, bytes: Buffer | null): V {
  if (!bytes) throw new Error(`a ${topic.name} record without a value`);
  let type = types.get(topic.name);
  if (!type) {
    type = avro.Type.forSchema(topic.valueSchema.schema as avro.Schema);
    types.set(topic.name, type);
  }
  return type.fromBuffer(bytes.subarray(5)) as V;
}

const types = new Map<string, avro.Type>();
