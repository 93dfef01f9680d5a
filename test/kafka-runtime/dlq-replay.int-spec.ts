import { exceptionTopicFor, type IntegrationException } from '@parity/contracts';
import {
  DLQ_HEADER,
  dlqTopicName,
  EXCEPTION_ID_HEADER,
  PermanentError,
  REPLAY_HEADER,
  replayDeadLetters,
  type ConsumedMessage,
  type HandlerContext,
  type ReplaySelection,
  type TopicDefinition,
} from '@parity/kafka';
import type { KafkaMessage } from 'kafkajs';
import { readTopic, endOffsetsOf, readTopicUntil, type StartOffsets } from '../support/read-topic';
import { RuntimeHarness } from '../support/runtime-harness';
import { unique } from '../support/unique';
import { effectsTable, movementKey, movementSchemaV1, type Movement } from './movement';

const tables = (schema: string): string[] => [
  ...effectsTable(schema),
  // What a second consumer group of the same topic applies: it knows every SKU.
  `CREATE TABLE "${schema}".ledger (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sku text NOT NULL, sequence int NOT NULL)`,
  `CREATE TABLE "${schema}".known_skus (sku text PRIMARY KEY)`,
];

describe('a dead letter replayed to its source topic', () => {
  const harness = new RuntimeHarness();
  const groupId = unique('rt-replay');
  let topic: TopicDefinition<Movement>;
  let dlq: string;
  let exceptionId: string;
  // The shared exceptions topic holds every earlier run's exceptions: read only what comes after.
  let exceptionsFrom: StartOffsets = [];

  const replay = (selection: ReplaySelection & { dryRun?: boolean }) =>
    replayDeadLetters(harness.kafka, { topic: topic.name, ...selection });
  const sequencesOf = async (table: string, sku: string): Promise<number[]> => {
    const rows: { sequence: number }[] = await harness.db.query(
      `SELECT sequence FROM "${harness.schema}".${table} WHERE sku = $1 ORDER BY id`,
      [sku],
    );
    return rows.map((row) => row.sequence);
  };

  beforeAll(async () => {
    exceptionsFrom = await endOffsetsOf(harness.kafka, exceptionTopicFor('PLATFORM').name);
    await harness.setUp(tables);
    topic = await harness.topic({
      base: 'rt.replay',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 3,
    });
    dlq = dlqTopicName(topic.name);
    await harness.db.query(
      `INSERT INTO "${harness.schema}".known_skus (sku) VALUES ('SKU-1'), ('SKU-2')`,
    );
    await harness.produce(topic, [
      { sku: 'SKU-1', sequence: 1, quantityDelta: 4 },
      { sku: 'SKU-NEW', sequence: 1, quantityDelta: 6 }, // not in the item master yet
      { sku: 'SKU-2', sequence: 1, quantityDelta: 2 },
      { sku: 'SKU-1', sequence: 2, quantityDelta: -1 },
    ]);
    harness.startRelay();
    await harness.startConsumer({
      groupId,
      subscriptions: [
        {
          topic,
          handle: async (message: ConsumedMessage<Movement>, ctx: HandlerContext) => {
            const { sku, sequence } = message.value;
            const known: unknown[] = await ctx.tx.query(
              `SELECT 1 FROM "${harness.schema}".known_skus WHERE sku = $1`,
              [sku],
            );
            if (known.length === 0) {
              throw new PermanentError('INVENTORY.SKU_UNKNOWN', `${sku} is not in Prima`);
            }
            await ctx.tx.query(
              `INSERT INTO "${harness.schema}".effects (sku, sequence) VALUES ($1, $2)`,
              [sku, sequence],
            );
          },
        } as never,
      ],
    });
    await harness.startConsumer({
      groupId: unique('rt-replay-ledger'),
      subscriptions: [
        {
          topic,
          handle: async (message: ConsumedMessage<Movement>, ctx: HandlerContext) => {
            await ctx.tx.query(
              `INSERT INTO "${harness.schema}".ledger (sku, sequence) VALUES ($1, $2)`,
              [message.value.sku, message.value.sequence],
            );
          },
        } as never,
      ],
    });
    const [deadLetter] = await readTopic(harness.kafka, dlq, 1);
    exceptionId = (deadLetter && header(deadLetter, DLQ_HEADER.exceptionId)) ?? '';
  });

  afterAll(() => harness.tearDown());

  it('publishes nothing when the selection matches nothing, and nothing on a dry run', async () => {
    const before = await endOffsets(topic.name);

    const byKey = await replay({ key: 'SKU-NONE' });
    const byTime = await replay({ key: 'SKU-NEW', from: new Date(Date.now() + 3_600_000) });
    const dryRun = await replay({ exceptionId, dryRun: true });

    expect(byKey).toMatchObject({ dlqTopic: dlq, scanned: 1, selected: [], published: 0 });
    expect(byTime).toMatchObject({ scanned: 1, selected: [], published: 0 });
    expect(dryRun.published).toBe(0);
    expect(dryRun.selected).toMatchObject([
      { key: 'SKU-NEW', exceptionId, errorCode: 'INVENTORY.SKU_UNKNOWN', consumerGroup: groupId },
    ]);
    expect(await endOffsets(topic.name)).toEqual(before);
  });

  it('is applied once after its cause is fixed, however often it is replayed', async () => {
    // The rejected movement is set aside with an exception to act on; the others are applied.
    await harness.waitFor<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${harness.schema}".effects`,
      ([row]) => row?.n === 3,
    );
    expect(await sequencesOf('effects', 'SKU-1')).toEqual([1, 2]);
    expect(await sequencesOf('effects', 'SKU-2')).toEqual([1]);
    expect(await sequencesOf('effects', 'SKU-NEW')).toEqual([]);
    expect(await raisedException(exceptionId)).toMatchObject({
      type: 'POISON_MESSAGE',
      team: 'PLATFORM',
      entityType: 'MESSAGE',
      details: expect.objectContaining({ key: 'SKU-NEW', errorCode: 'INVENTORY.SKU_UNKNOWN' }),
    });

    // Replayed before the fix, it fails again and is dead-lettered again, under the same identity.
    const early = await replay({ exceptionId });
    expect(early.published).toBe(1);
    const [listed] = early.selected;
    const firstIdentity = `${dlq}/${listed?.partition}/${listed?.offset}`;
    const [, again] = await readTopic(harness.kafka, dlq, 2);
    expect(again && header(again, REPLAY_HEADER.replayOf)).toBe(firstIdentity);

    // The cause is fixed; replayed by exception id, then once more by key (both dead letters).
    await harness.db.query(`INSERT INTO "${harness.schema}".known_skus (sku) VALUES ('SKU-NEW')`);
    const byException = await replay({ exceptionId });
    const byKey = await replay({ key: 'SKU-NEW' });
    expect(byException.published).toBe(1);
    expect(byKey.published).toBe(2);
    expect(byKey.selected.map((r) => r.replayOf)).toEqual([firstIdentity, firstIdentity]);

    // A later movement of the key sits behind every replay in its partition: once it is applied,
    // so are they, by both groups.
    await harness.produce(topic, [{ sku: 'SKU-NEW', sequence: 2, quantityDelta: 1 }]);
    for (const table of ['effects', 'ledger']) {
      await harness.waitFor<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${harness.schema}".${table} WHERE sku = 'SKU-NEW' AND sequence = 2`,
        ([row]) => row?.n === 1,
      );
    }
    expect(await sequencesOf('effects', 'SKU-NEW')).toEqual([1, 2]);
    // The other group applied the original when it arrived and ignores the replays.
    expect(await sequencesOf('ledger', 'SKU-NEW')).toEqual([1, 2]);
    const replays: unknown[] = await harness.db.query(
      `SELECT consumer_group, replay_of FROM "${harness.schema}".kafka_replays`,
    );
    expect(replays).toEqual([{ consumer_group: groupId, replay_of: firstIdentity }]);
    // The DLQ is an immutable log: both dead letters are still there, and no third one came.
    expect(await recordCount(dlq)).toBe(2);
  });

  async function endOffsets(name: string): Promise<string[]> {
    const admin = harness.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(name);
      return offsets.sort((a, b) => a.partition - b.partition).map((o) => o.high);
    } finally {
      await admin.disconnect();
    }
  }

  async function recordCount(name: string): Promise<number> {
    return (await endOffsets(name)).reduce((sum, high) => sum + Number(high), 0);
  }

  async function raisedException(id: string): Promise<IntegrationException | undefined> {
    const exceptions = exceptionTopicFor('PLATFORM');
    const records = await readTopicUntil(
      harness.kafka,
      exceptions.name,
      (read) => read.some((r) => header(r, EXCEPTION_ID_HEADER) === id),
      30_000,
      exceptionsFrom,
    );
    const record = records.find((r) => header(r, EXCEPTION_ID_HEADER) === id);
    return record && harness.serde.decode<IntegrationException>(exceptions, record.value);
  }
});

function header(message: KafkaMessage, name: string): string | undefined {
  return message.headers?.[name]?.toString();
}
