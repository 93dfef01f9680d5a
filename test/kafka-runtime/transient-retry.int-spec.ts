import {
  kafkaMetrics,
  TransientError,
  type ConsumedMessage,
  type HandlerContext,
  type TopicDefinition,
} from '@parity/kafka';
import { RuntimeHarness } from '../support/runtime-harness';
import { unique } from '../support/unique';
import {
  effectsTable,
  interleavedMovements,
  movementKey,
  movementSchemaV1,
  type Movement,
} from './movement';

describe('a transient failure', () => {
  const harness = new RuntimeHarness();
  let topic: TopicDefinition<Movement>;

  beforeAll(async () => {
    await harness.setUp(effectsTable);
    topic = await harness.topic({
      base: 'rt.retry',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 3,
    });
    await harness.produce(topic, interleavedMovements(20, 10));
  });

  afterAll(() => harness.tearDown());

  async function committedWhileRunning(groupId: string, expected: number): Promise<number> {
    const admin = harness.kafka.admin();
    await admin.connect();
    try {
      let total = 0;
      for (let attempt = 0; attempt < 50 && total < expected; attempt++) {
        const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic.name] });
        total = (offsets?.partitions ?? []).reduce(
          (sum, p) => sum + Math.max(0, Number(p.offset)),
          0,
        );
        if (total < expected) await new Promise((wait) => setTimeout(wait, 100));
      }
      return total;
    } finally {
      await admin.disconnect();
    }
  }

  it('is retried in place until it succeeds, and the key keeps its order', async () => {
    let failuresLeft = 3;
    const groupId = unique('rt-retry');
    const consumer = await harness.startConsumer({
      groupId,
      retry: { initialMs: 20, maxMs: 200, multiplier: 2, maxAttempts: Infinity },
      subscriptions: [
        {
          topic,
          handle: async (message: ConsumedMessage<Movement>, ctx: HandlerContext) => {
            if (
              message.value.sku === 'SKU-7' &&
              message.value.sequence === 4 &&
              failuresLeft-- > 0
            ) {
              throw new TransientError('PRIMA.UNAVAILABLE', 'Prima answered 503');
            }
            await ctx.tx.query(
              `INSERT INTO "${harness.schema}".effects (sku, sequence) VALUES ($1, $2)`,
              [message.value.sku, message.value.sequence],
            );
          },
        } as never,
      ],
    });

    const rows = await harness.waitFor<{ sku: string; sequences: number[] }>(
      `SELECT sku, array_agg(sequence ORDER BY id) AS sequences FROM "${harness.schema}".effects GROUP BY sku ORDER BY sku`,
      (found) => found.reduce((n, r) => n + r.sequences.length, 0) >= 200,
    );
    // Offsets are committed as batches finish, not only when the consumer leaves the group.
    const committed = await committedWhileRunning(groupId, 200);
    await consumer.stop();
    expect(committed).toBe(200);

    expect(failuresLeft).toBeLessThan(0);
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row.sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const retries = (await kafkaMetrics.retries.get()).values.find(
      (v) => v.labels['group'] === groupId,
    );
    expect(retries?.value).toBe(3);
  });
});
