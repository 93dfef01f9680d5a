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
      exceptionTeam: 'WAREHOUSE',
    });
    await harness.produce(topic, interleavedMovements(20, 10));
  });

  afterAll(() => harness.tearDown());

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
    await consumer.stop();

    expect(failuresLeft).toBeLessThan(0);
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row.sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const retries = (await kafkaMetrics.retries.get()).values.find(
      (v) => v.labels['group'] === groupId,
    );
    expect(retries?.value).toBe(3);
  });
});
