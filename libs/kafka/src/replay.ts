import { Partitioners, type IHeaders, type Kafka, type Message } from 'kafkajs';
import { createLogger } from '@parity/telemetry';
import { DLQ_HEADER, DLQ_HEADER_PREFIX, REPLAY_HEADER } from './dead-letters';
import { readToEnd, type PartitionedMessage } from './read-to-end';
import { dlqTopicName } from './topic';

/**
 * Which dead letters to replay; every criterion given must hold. Times are compared with
 * `parity-dlq-failed-at`, when the consumer gave up: it is the time an operator sees on the
 * exception and in the logs of an incident, and unlike the source timestamp it exists for
 * every dead letter.
 */
export interface ReplaySelection {
  /** The message key, exactly (a SKU, an order number). */
  readonly key?: string;
  /** Dead-lettered at or after. */
  readonly from?: Date;
  /** Dead-lettered before. */
  readonly to?: Date;
  /** `parity-dlq-exception-id`, the eventId of the integration exception it raised. */
  readonly exceptionId?: string;
  /** The consumer group that dead-lettered it (several groups may read one topic). */
  readonly consumerGroup?: string;
}

export interface ReplayOptions extends ReplaySelection {
  /** The source topic; its dead letters are read from `<topic>.dlq`. */
  readonly topic: string;
  /** List what would be replayed, publish nothing. */
  readonly dryRun?: boolean;
  /** How long reading the dead-letter topic to its end may take. */
  readonly timeoutMs?: number;
}

/** A dead letter, as listed by a replay. */
export interface DeadLetterRecord {
  readonly dlqTopic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly sourceTopic: string;
  readonly consumerGroup: string | undefined;
  readonly exceptionId: string | undefined;
  readonly errorCode: string | undefined;
  readonly failedAt: string | undefined;
  /** The replay's identity: this record's coordinates, or its first dead letter's. */
  readonly replayOf: string;
}

export interface ReplayResult {
  readonly dlqTopic: string;
  /** Dead letters read. */
  readonly scanned: number;
  readonly selected: readonly DeadLetterRecord[];
  /** Records re-published; 0 on a dry run. */
  readonly published: number;
}

const log = createLogger('replayDeadLetters');

/**
 * Re-publishes chosen dead letters of a topic to their source topic, with their original key,
 * value bytes and headers (the `parity-dlq-*` ones removed) plus the REPLAY_HEADERs, through
 * an idempotent producer with acks=all, in DLQ order (so per key in the order they failed).
 *
 * The DLQ is an immutable log: replayed records stay in it. Replaying one again is harmless
 * because each consumer group records `parity-replay-of` when it applies the replay and skips
 * later copies (see replay-inbox.ts); a replay that fails again is dead-lettered again under
 * the same identity. Only the group that dead-lettered a record applies its replay.
 */
export async function replayDeadLetters(
  kafka: Kafka,
  options: ReplayOptions,
): Promise<ReplayResult> {
  const dlqTopic = dlqTopicName(options.topic);
  const read = await readToEnd(kafka, dlqTopic, options.timeoutMs);
  const chosen = read
    .map((message) => ({ message, record: deadLetterRecord(dlqTopic, options.topic, message) }))
    .filter(({ record }) => isSelected(record, options));
  const result = {
    dlqTopic,
    scanned: read.length,
    selected: chosen.map(({ record }) => record),
    published: 0,
  };
  if (options.dryRun || chosen.length === 0) return result;

  const replayedAt = new Date().toISOString();
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    // The relay's (kafkajs' default, Java-compatible): a replay lands in its key's partition,
    // behind the key's earlier messages and ahead of its later ones.
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  try {
    // Chunks keep each request well under the broker's size limit; one request in flight
    // keeps the DLQ order, hence each key's order.
    for (let i = 0; i < chosen.length; i += 100) {
      const byTopic = new Map<string, Message[]>();
      for (const { message, record } of chosen.slice(i, i + 100)) {
        const messages = byTopic.get(record.sourceTopic) ?? [];
        messages.push(replayMessage(message, record, replayedAt));
        byTopic.set(record.sourceTopic, messages);
      }
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    }
  } finally {
    await producer.disconnect();
  }
  log.info('kafka.replay.published', {
    dlqTopic,
    scanned: result.scanned,
    published: chosen.length,
    replayOf: result.selected.map((r) => r.replayOf),
  });
  return { ...result, published: chosen.length };
}

/** Whether a dead letter meets every criterion of the selection. */
export function isSelected(record: DeadLetterRecord, selection: ReplaySelection): boolean {
  if (selection.key !== undefined && record.key !== selection.key) return false;
  if (selection.exceptionId !== undefined && record.exceptionId !== selection.exceptionId)
    return false;
  if (selection.consumerGroup !== undefined && record.consumerGroup !== selection.consumerGroup)
    return false;
  if (selection.from === undefined && selection.to === undefined) return true;
  const failedAt = record.failedAt === undefined ? NaN : Date.parse(record.failedAt);
  if (Number.isNaN(failedAt)) return false;
  if (selection.from !== undefined && failedAt < selection.from.getTime()) return false;
  if (selection.to !== undefined && failedAt >= selection.to.getTime()) return false;
  return true;
}

/** The listing of a DLQ record; `topic` stands in for a missing source-topic header. */
export function deadLetterRecord(
  dlqTopic: string,
  topic: string,
  message: PartitionedMessage,
): DeadLetterRecord {
  const header = (name: string): string | undefined => headerText(message.headers, name);
  return {
    dlqTopic,
    partition: message.partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? null,
    sourceTopic: header(DLQ_HEADER.sourceTopic) ?? topic,
    consumerGroup: header(DLQ_HEADER.consumerGroup),
    exceptionId: header(DLQ_HEADER.exceptionId),
    errorCode: header(DLQ_HEADER.errorCode),
    failedAt: header(DLQ_HEADER.failedAt),
    // A record that is itself a failed replay keeps the identity of the first dead letter,
    // so replaying both it and that one still applies the message once.
    replayOf:
      header(REPLAY_HEADER.replayOf) ?? `${dlqTopic}/${message.partition}/${message.offset}`,
  };
}

/** What goes back to the source topic: the original record, marked as a replay. */
export function replayMessage(
  message: PartitionedMessage,
  record: DeadLetterRecord,
  replayedAt: string,
): Message {
  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined && !name.startsWith(DLQ_HEADER_PREFIX)) headers[name] = value;
  }
  headers[REPLAY_HEADER.replayOf] = record.replayOf;
  headers[REPLAY_HEADER.replayedAt] = replayedAt;
  if (record.consumerGroup !== undefined) headers[REPLAY_HEADER.group] = record.consumerGroup;
  return { key: message.key, value: message.value, headers };
}

function headerText(headers: IHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String).join(',') : value.toString();
}
