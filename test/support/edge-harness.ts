import { ServiceProcess } from '@parity/launcher';
import {
  AvroSerde,
  createKafkaClient,
  createSchemaRegistryClient,
  ensureTopics,
  type TopicDefinition,
} from '@parity/kafka';
import { allTopicsToCreate } from '@parity/contracts';
import { createSandbox, type RunningSandbox, type SimulatorFactory } from '@parity/simulators';
import type { WorldTables } from '@parity/world';
import type { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { serviceEnv, testLogDir, workspaceRoot } from './service-env';
import { consumeTopic, endOffsetsOf, type StartOffsets } from './read-topic';
import { stackEnv } from './stack-env';
import { publishWorld } from '@parity/world-api';
import { sandboxAdmin } from './sandbox-admin';

/** Edge's port in tests: apart from `npm start` (3001) and the lifecycle test (3100–3105). */
export const EDGE_TEST_PORT = 3150;
export const edgeUrl = `http://127.0.0.1:${EDGE_TEST_PORT}`;

/**
 * The built edge service (dist/apps/edge) against the stack, its migrations applied first,
 * with these vendor settings; ready once it answers /health/ready.
 */
export async function startEdge(
  vendorEnv: Record<string, string>,
  port = EDGE_TEST_PORT,
): Promise<ServiceProcess> {
  await ServiceProcess.migrate({
    name: 'edge',
    env: serviceEnv(),
    workspaceRoot,
    logDir: testLogDir,
    ownerDatabaseUrl: stackEnv('DATABASE_OWNER_URL'),
  });
  const edge = new ServiceProcess({
    name: 'edge',
    port,
    env: { ...serviceEnv(), ...vendorEnv },
    workspaceRoot,
    logDir: testLogDir,
  });
  const readiness = await edge.waitUntilReady(60_000);
  if (!readiness.ready) throw new Error(`edge did not become ready: ${JSON.stringify(readiness)}`);
  return edge;
}

export interface ArchivedPayload {
  readonly vendor: string;
  readonly channel: string;
  readonly outcome: string;
  readonly error_code: string | null;
  readonly error_message: string | null;
  readonly body: Buffer;
  readonly event_ids: string[];
}

/** Edge's settings for a test, and the world model it starts with (none: the one on the topic). */
export interface EdgeSetup {
  readonly env: Record<string, string>;
  readonly world?: WorldTables;
}

/**
 * The built edge service against the real stack, with the vendor simulators in-process over
 * real HTTP, and readers for what edge published and archived. Reads start at the topics' end
 * offsets when the harness started, so earlier tests' events are not seen.
 */
export class EdgeHarness {
  sandbox!: RunningSandbox;
  edge!: ServiceProcess;
  readonly kafka: Kafka = createKafkaClient({
    brokers: stackEnv('KAFKA_BROKERS').split(','),
    clientId: 'edge-test',
  });
  readonly serde = new AvroSerde(
    createSchemaRegistryClient(stackEnv('SCHEMA_REGISTRY_URL'), 'edge-test'),
  );
  private readonly startOffsets = new Map<string, StartOffsets>();
  private readonly db = new Client({ connectionString: stackEnv('DATABASE_URL') });

  async start(
    simulators: readonly SimulatorFactory[],
    /** Edge's vendor settings and world; may seed the sandbox first (ids edge must know). */
    edgeSetup: (sandboxUrl: string) => EdgeSetup | Promise<EdgeSetup>,
  ): Promise<void> {
    await ensureTopics(this.kafka);
    // endOffsetsOf retries while a freshly started broker still answers 'not the leader'.
    for (const { topic } of allTopicsToCreate()) {
      this.startOffsets.set(topic, await endOffsetsOf(this.kafka, topic));
    }
    await this.db.connect();

    this.sandbox = await createSandbox({ seed: 7, simulators }).listen();
    const setup = await edgeSetup(this.sandbox.url);
    // Published before edge starts: edge reads the topic to its end before it is ready.
    if (setup.world) await publishWorld(this.kafka, this.serde, setup.world);
    this.edge = await startEdge(setup.env);
  }

  async stop(): Promise<void> {
    await this.edge?.stop();
    await this.sandbox?.close();
    await this.db.end().catch(() => undefined);
  }

  /** Calls the sandbox's admin API. */
  admin(path: string, body?: unknown, method?: string): Promise<unknown> {
    return sandboxAdmin(this.sandbox.url, path, body, method);
  }

  /**
   * Decoded events on a topic since the harness started that satisfy `match`, once `count` of
   * them arrived (or the timeout passed — the caller's expectation then shows what is missing).
   */
  async events<V>(
    topic: TopicDefinition<V>,
    match: (value: V, key: string) => boolean,
    count: number,
    timeoutMs = 30_000,
  ): Promise<{ key: string; value: V }[]> {
    await this.serde.register(topic);
    const found: { key: string; value: V }[] = [];
    await consumeTopic(
      this.kafka,
      topic.name,
      { from: this.startOffsets.get(topic.name), timeoutMs },
      async (message) => {
        const value = await this.serde.decode(topic, message.value);
        const key = message.key?.toString('utf8') ?? '';
        if (match(value, key)) found.push({ key, value });
        return found.length >= count;
      },
    );
    return found;
  }

  /** What edge archived from a vendor whose payload contains `fragment`, oldest first. */
  async archivedContaining(vendor: string, fragment: string): Promise<ArchivedPayload[]> {
    const result = await this.db.query<ArchivedPayload>(
      `SELECT vendor, channel, outcome, error_code, error_message, body, event_ids
       FROM edge.inbound_archive
       WHERE vendor = $1 AND position($2 in convert_from(body, 'UTF8')) > 0
       ORDER BY received_at`,
      [vendor, fragment],
    );
    return result.rows;
  }
}
