import type { ConsumedMessage, HandlerContext, TopicDefinition } from '@parity/kafka';
import { RuntimeHarness } from '../support/runtime-harness';
import { unique } from '../support/unique';
import {
  effectsTable,
  interleavedMovements,
  movementKey,
  movementSchemaV1,
  type Movement,
} from './movement';

const KEYS = 400;
const PER_KEY = 25; // 10,000 events over 12 partitions

interface EffectRow {
  sku: string;
  sequences: number[];
}

describe('the Kafka runtime keeps per-key order under concurrency', () => {
  const harness = new RuntimeHarness();
  let topic: TopicDefinition<Movement>;

  beforeAll(async () => {
    await harness.setUp(effectsTable);
    topic = await harness.topic({
      base: 'rt.order',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 12,
    });
    await harness.produce(topic, interleavedMovements(KEYS, PER_KEY));
  });

  afterAll(() => harness.tearDown());

  const bySku = `SELECT sku, array_agg(sequence ORDER BY id) AS sequences FROM "${harness.schema}".effects GROUP BY sku`;

  it.each([
    [
      'one message at a time',
      {
        handle: async (message: ConsumedMessage<Movement>, ctx: HandlerContext) => {
          // A random pause lets lanes overtake one another; a key must still not overtake itself.
          await new Promise((wait) => setTimeout(wait, Math.random() * 2));
          await ctx.tx.query(
            `INSERT INTO "${harness.schema}".effects (sku, sequence) VALUES ($1, $2)`,
            [message.value.sku, message.value.sequence],
          );
        },
      },
    ],
    [
      'a lane at a time',
      {
        handleBatch: async (
          messages: readonly ConsumedMessage<Movement>[],
          ctx: HandlerContext,
        ) => {
          await ctx.tx.query(
            `INSERT INTO "${harness.schema}".effects (sku, sequence) SELECT * FROM unnest($1::text[], $2::int[])`,
            [messages.map((m) => m.value.sku), messages.map((m) => m.value.sequence)],
          );
        },
      },
    ],
  ])('applies every event exactly once, in order per key, handling %s', async (_mode, handler) => {
    await harness.db.query(`DELETE FROM "${harness.schema}".effects`);
    const consumer = await harness.startConsumer({
      groupId: unique('rt-order'),
      subscriptions: [{ topic, ...handler } as never],
      lanesPerPartition: 8,
      partitionsConcurrently: 4,
    });

    const rows = await harness.waitFor<EffectRow>(
      bySku,
      (found) => found.reduce((n, r) => n + r.sequences.length, 0) >= KEYS * PER_KEY,
    );
    await consumer.stop();

    const inOrder = Array.from({ length: PER_KEY }, (_, i) => i + 1);
    expect(rows).toHaveLength(KEYS);
    for (const row of rows) expect(row).toEqual({ sku: row.sku, sequences: inOrder });
  });
});
