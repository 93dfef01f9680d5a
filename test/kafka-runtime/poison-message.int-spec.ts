import {
  DLQ_HEADER,
  EXCEPTION_ID_HEADER,
  dlqTopicName,
  PermanentError,
  type ConsumedMessage,
  type HandlerContext,
  type TopicDefinition,
} from '@parity/kafka';
import { exceptionTopicFor, type IntegrationException } from '@parity/contracts';
import { endOffsetsOf, readTopic, readTopicUntil, type StartOffsets } from '../support/read-topic';
import { RuntimeHarness } from '../support/runtime-harness';
import { unique } from '../support/unique';
import { effectsTable, movementKey, movementSchemaV1, type Movement } from './movement';

describe('a poison message', () => {
  const harness = new RuntimeHarness();
  let topic: TopicDefinition<Movement>;
  // The shared exceptions topic holds every earlier run's exceptions: read only what comes after.
  let exceptionsFrom: StartOffsets = [];
  const garbage = Buffer.from('{"sku":"SKU-A","sequence":2}'); // JSON, not Avro: undecodable

  beforeAll(async () => {
    exceptionsFrom = await endOffsetsOf(harness.kafka, exceptionTopicFor('PLATFORM').name);
    await harness.setUp(effectsTable);
    // One partition, so the poison sits in front of the messages that must still get through.
    topic = await harness.topic({
      base: 'rt.poison',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 1,
    });
    await harness.produce(topic, [{ sku: 'SKU-A', sequence: 1, quantityDelta: 1 }]);
    await harness.produceRaw(topic.name, 'SKU-A', garbage, { origin: 'test-bench' });
    await harness.produce(topic, [
      { sku: 'SKU-A', sequence: 3, quantityDelta: -999 }, // business-invalid: the handler rejects it
      { sku: 'SKU-A', sequence: 4, quantityDelta: 1 },
      { sku: 'SKU-B', sequence: 1, quantityDelta: 2 },
    ]);
  });

  afterAll(() => harness.tearDown());

  it('is dead-lettered with its original bytes, headers and error, and the messages behind it are applied', async () => {
    harness.startRelay();
    const consumer = await harness.startConsumer({
      groupId: unique('rt-poison'),
      subscriptions: [
        {
          topic,
          handle: async (message: ConsumedMessage<Movement>, ctx: HandlerContext) => {
            await ctx.tx.query(
              `INSERT INTO "${harness.schema}".effects (sku, sequence) VALUES ($1, $2)`,
              [message.value.sku, message.value.sequence],
            );
            if (message.value.quantityDelta < -100) {
              throw new PermanentError(
                'STOCK.IMPLAUSIBLE_DELTA',
                'a movement of more than 100 units needs a stock count',
              );
            }
          },
        } as never,
      ],
    });

    const applied = await harness.waitFor<{ sku: string; sequence: number }>(
      `SELECT sku, sequence FROM "${harness.schema}".effects ORDER BY sku, id`,
      (rows) => rows.length >= 3,
    );
    const dead = await readTopic(harness.kafka, dlqTopicName(topic.name), 2);
    await consumer.stop();

    // The rejected movement's own insert was rolled back with its savepoint. Keys run in
    // parallel lanes, so only the order within a key is defined.
    expect(applied).toEqual([
      { sku: 'SKU-A', sequence: 1 },
      { sku: 'SKU-A', sequence: 4 },
      { sku: 'SKU-B', sequence: 1 },
    ]);
    expect(dead).toHaveLength(2);
    const [undecodable, rejected] = dead;
    expect(undecodable?.value).toEqual(garbage);
    expect(undecodable?.key?.toString()).toBe('SKU-A');
    expect(undecodable?.headers?.['origin']?.toString()).toBe('test-bench');
    expect(undecodable?.headers?.[DLQ_HEADER.errorCode]?.toString()).toBe('KAFKA.UNDECODABLE');
    expect(undecodable?.headers?.[DLQ_HEADER.sourceOffset]?.toString()).toBe('1');
    expect(rejected?.headers?.[DLQ_HEADER.errorCode]?.toString()).toBe('STOCK.IMPLAUSIBLE_DELTA');
    expect(rejected?.headers?.[DLQ_HEADER.errorMessage]?.toString()).toMatch(/needs a stock count/);

    // Each dead letter raised POISON_MESSAGE about the record on the platform team's topic.
    const ids = dead.map((record) => record.headers?.[DLQ_HEADER.exceptionId]?.toString());
    const exceptionTopic = exceptionTopicFor('PLATFORM');
    const raised = await readTopicUntil(
      harness.kafka,
      exceptionTopic.name,
      (records) =>
        ids.every((id) => records.some((r) => r.headers?.[EXCEPTION_ID_HEADER]?.toString() === id)),
      30_000,
      exceptionsFrom,
    );
    const exceptions = await Promise.all(
      raised.map((r) => harness.serde.decode<IntegrationException>(exceptionTopic, r.value)),
    );
    // Keyed by fingerprint (one per dead-lettered record), so they may sit on two partitions.
    const ours = exceptions
      .filter((e) => ids.includes(e.header.eventId))
      .sort((a, b) => (a.entityId < b.entityId ? -1 : 1));
    expect(
      ours.map((e) => [e.type, e.team, e.entityId, e.details['key'], e.details['errorCode']]),
    ).toEqual([
      ['POISON_MESSAGE', 'PLATFORM', `${topic.name}/0/1`, 'SKU-A', 'KAFKA.UNDECODABLE'],
      ['POISON_MESSAGE', 'PLATFORM', `${topic.name}/0/2`, 'SKU-A', 'STOCK.IMPLAUSIBLE_DELTA'],
    ]);
    expect(ours[1]?.summary).toMatch(/needs a stock count/);
  });
});
