import { Topics, type SourceSystem } from '@parity/contracts';
import type { AvroSerde } from '@parity/kafka';
import { worldProblems, worldTablesSchema, type WorldTables } from '@parity/world';
import type { Kafka } from 'kafkajs';

export interface TestLocation {
  readonly vendor: Extract<SourceSystem, 'PEOPLEVOX' | 'CLARUS' | 'SITOO' | 'LIGHTSPEED'>;
  readonly location: string;
  readonly depot: string;
  /** A till location's store; its depot is then a Prima-owned store depot. */
  readonly store?: string;
}

/**
 * The smallest consistent world mapping these locations: a WMS location's depot owned and
 * served by that WMS, a till location's depot a Prima-owned store depot of its store.
 */
export function worldOfLocations(locations: readonly TestLocation[]): WorldTables {
  const world = worldTablesSchema.parse({
    stores: [...new Set(locations.flatMap((l) => (l.store ? [l.store] : [])))].map((code) => ({
      code,
    })),
    depots: locations.map((l) =>
      l.store
        ? { code: l.depot, owner: 'PRIMA', store: l.store }
        : { code: l.depot, owner: l.vendor, wms: l.vendor },
    ),
    vendorLocations: locations.map((l) => ({ ...l, store: l.store ?? null })),
  });
  const problems = worldProblems(world);
  if (problems.length > 0) throw new Error(`inconsistent test world: ${problems.join('; ')}`);
  return world;
}

/**
 * Puts a world on world.model.v1 as reconciliation would, for tests and benchmarks of a service
 * that only reads it (the world's own flow, through reconciliation's API, is test/world's). Never
 * for a real deployment: there reconciliation is the topic's only producer.
 */
export async function publishWorld(
  kafka: Kafka,
  serde: AvroSerde,
  tables: WorldTables,
): Promise<void> {
  const now = Date.now();
  const model = {
    header: {
      eventId: `world:test:${now}`,
      source: 'PARITY' as const,
      producedBy: 'tools/world-seed',
      occurredAt: now,
      sourceTimeZone: 'UTC',
      archiveRef: null,
    },
    version: now,
    changedBy: 'test',
    changedAt: now,
    note: null,
    ...tables,
  };
  await serde.register(Topics.worldModelV1);
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({
      topic: Topics.worldModelV1.name,
      acks: -1,
      messages: [
        { key: Topics.worldModelV1.key.of(model), value: serde.encode(Topics.worldModelV1, model) },
      ],
    });
  } finally {
    await producer.disconnect();
  }
}
