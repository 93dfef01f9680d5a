import {
  DLQ_HEADER,
  dlqTopicName,
  type ConsumedMessage,
  type HandlerContext,
  type Rejection,
  type TopicDefinition,
} from '@parity/kafka';
import {
  exceptionTopicFor,
  type ExceptionType,
  type IntegrationException,
} from '@parity/contracts';
import { endOffsetsOf, readTopic, readTopicUntil, type StartOffsets } from '../support/read-topic';
import { RuntimeHarness } from '../support/runtime-harness';
import { unique } from '../support/unique';
import { effectsTable, movementKey, movementSchemaV1, type Movement } from './movement';

/** What the handler rejects: a movement of an unmapped depot (sequence 2), as inventory does. */
const unmapped = (message: ConsumedMessage<Movement>): Rejection => ({
  code: 'TEST.DEPOT_UNMAPPED',
  type: 'LOCATION_UNMAPPED',
  entity: { type: 'SKU', id: message.value.sku },
  qualifier: ['NOWHERE'],
  summary: `${message.value.sku} moved in depot NOWHERE, which is not mapped`,
  source: 'PEOPLEVOX',
  details: { sequence: String(message.value.sequence) },
});

describe('a business rejection', () => {
  const harness = new RuntimeHarness();
  let topic: TopicDefinition<Movement>;
  // The shared exceptions topic holds every earlier run's exceptions: read only what comes after.
  let dataFrom: StartOffsets = [];
  // The DATA topic is shared with every run: a SKU of this run's own finds its exception.
  const sku = unique('SKU');

  beforeAll(async () => {
    dataFrom = await endOffsetsOf(harness.kafka, exceptionTopicFor('DATA').name);
    await harness.setUp(effectsTable);
    // One partition, so everything rejected or dead-lettered sits in front of later messages.
    topic = await harness.topic({
      base: 'rt.reject',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 1,
    });
    await harness.produce(
      topic,
      [1, 2, 3, 4, 5].map((sequence) => ({ sku, sequence, quantityDelta: 1 })),
    );
  });

  afterAll(() => harness.tearDown());

  it('raises the owned exception about its SKU without a dead letter, and a rejection that is no valid exception is dead-lettered without stopping the partition', async () => {
    harness.startRelay();
    const consumer = await harness.startConsumer({
      groupId: unique('rt-reject'),
      subscriptions: [
        {
          topic,
          handleBatch: async (messages: ConsumedMessage<Movement>[], ctx: HandlerContext) => {
            for (const message of messages) {
              const { sequence } = message.value;
              if (sequence === 2) {
                await ctx.reject(message, unmapped(message));
              } else if (sequence === 3) {
                // A handler bug: a type outside the contract, forced past the compiler.
                const typo = { ...unmapped(message), type: 'LOCATION_UNMAPED' as ExceptionType };
                await ctx.reject(message, typo);
              } else {
                await ctx.tx.query(
                  `INSERT INTO "${harness.schema}".effects (sku, sequence) VALUES ($1, $2)`,
                  [message.value.sku, sequence],
                );
              }
            }
          },
        } as never,
      ],
    });

    const applied = await harness.waitFor<{ sequence: number }>(
      `SELECT sequence FROM "${harness.schema}".effects ORDER BY id`,
      (rows) => rows.length >= 3,
    );
    // The relay sends a partition's outbox rows in order: a dead letter of sequence 2 would
    // arrive before that of sequence 3, the first and only one expected.
    const [deadLetter] = await readTopic(harness.kafka, dlqTopicName(topic.name), 1);
    const exceptions = exceptionTopicFor('DATA');
    const raised = await readTopicUntil(
      harness.kafka,
      exceptions.name,
      (records) => records.some((r) => r.key?.toString() === sku),
      30_000,
      dataFrom,
    );
    await consumer.stop();

    expect(applied.map((r) => r.sequence)).toEqual([1, 4, 5]);
    expect(deadLetter?.headers?.[DLQ_HEADER.sourceOffset]?.toString()).toBe('2');
    expect(deadLetter?.headers?.[DLQ_HEADER.errorCode]?.toString()).toBe(
      'CONTRACTS.EXCEPTION_INVALID',
    );
    const ours = await Promise.all(
      raised
        .filter((r) => r.key?.toString() === sku)
        .map((r) => harness.serde.decode<IntegrationException>(exceptions, r.value)),
    );
    expect(ours.filter((e) => e.sourceTopic === topic.name)).toEqual([
      expect.objectContaining({
        type: 'LOCATION_UNMAPPED',
        team: 'DATA',
        entityType: 'SKU',
        entityId: sku,
        fingerprint: `LOCATION_UNMAPPED:SKU:${sku}:NOWHERE`,
        sourceOffset: 1,
        details: expect.objectContaining({ errorCode: 'TEST.DEPOT_UNMAPPED', sequence: '2' }),
      }),
    ]);
  });
});
