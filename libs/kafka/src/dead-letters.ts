import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { failureCode } from './errors';
import type { RawMessage } from './consumed-message';
import type { OutboxRecord, OutboxWriter } from './outbox';
import { dlqTopicName } from './topic';

/** A message the runtime gave up on, with why. */
export interface DeadLetter {
  readonly message: RawMessage;
  readonly error: unknown;
  readonly group: string;
  /** Stable for one message in one group, so raising it twice updates one exception. */
  readonly exceptionId: string;
}

/** Turns a dead letter into its POISON_MESSAGE exception event; must not throw (see exception-raiser.ts). */
export interface ExceptionRaiser {
  exceptionFor(deadLetter: DeadLetter): OutboxRecord;
}

export const DLQ_HEADER = {
  errorCode: 'parity-dlq-error-code',
  errorMessage: 'parity-dlq-error-message',
  sourceTopic: 'parity-dlq-source-topic',
  sourcePartition: 'parity-dlq-source-partition',
  sourceOffset: 'parity-dlq-source-offset',
  sourceTimestamp: 'parity-dlq-source-timestamp',
  consumerGroup: 'parity-dlq-consumer-group',
  exceptionId: 'parity-dlq-exception-id',
  failedAt: 'parity-dlq-failed-at',
} as const;

/** Every DLQ_HEADER starts with it; a replay strips them so the source topic sees the original. */
export const DLQ_HEADER_PREFIX = 'parity-dlq-';

/**
 * Headers a replay adds to a dead letter it re-publishes to its source topic (see replay.ts):
 * - `replayOf`: `<dlq topic>/<partition>/<offset>` of the first dead letter of the message. It
 *   is the replay's identity: consumers record it in `kafka_replays` and skip a second copy, so
 *   replaying a record twice, or replaying the dead letter of a failed replay, applies it once;
 * - `group`: the consumer group that dead-lettered it; other groups of the source topic already
 *   applied the original, so they skip the copy;
 * - `replayedAt`: when it was re-published, ISO 8601.
 */
export const REPLAY_HEADER = {
  replayOf: 'parity-replay-of',
  group: 'parity-replay-group',
  replayedAt: 'parity-replayed-at',
} as const;

/**
 * Writes dead letters through the outbox, in the transaction that also records the message
 * as done: the DLQ record, the exception and the offset advance happen together or not at
 * all. The DLQ record keeps the original key, value bytes and headers, so a replay
 * re-publishes exactly what arrived.
 */
export class DeadLetterWriter {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly exceptions: ExceptionRaiser | undefined,
  ) {}

  async write(tx: EntityManager, deadLetters: readonly DeadLetter[]): Promise<void> {
    const records = deadLetters.flatMap((deadLetter) => [
      dlqRecord(deadLetter),
      ...(this.exceptions ? [this.exceptions.exceptionFor(deadLetter)] : []),
    ]);
    await this.outbox.add(tx, records);
  }
}

export function exceptionIdOf(
  group: string,
  message: Pick<RawMessage, 'topic' | 'partition' | 'offset'>,
): string {
  return createHash('sha256')
    .update(`${group}|${message.topic}|${message.partition}|${message.offset}`)
    .digest('hex')
    .slice(0, 32);
}

function dlqRecord({ message, error, group, exceptionId }: DeadLetter): OutboxRecord {
  return {
    topic: dlqTopicName(message.topic),
    key: message.key?.toString('utf8') ?? null,
    value: message.value,
    headers: {
      ...message.headers,
      [DLQ_HEADER.errorCode]: failureCode(error),
      [DLQ_HEADER.errorMessage]: error instanceof Error ? error.message : String(error),
      [DLQ_HEADER.sourceTopic]: message.topic,
      [DLQ_HEADER.sourcePartition]: String(message.partition),
      [DLQ_HEADER.sourceOffset]: message.offset,
      [DLQ_HEADER.sourceTimestamp]: message.timestamp,
      [DLQ_HEADER.consumerGroup]: group,
      [DLQ_HEADER.exceptionId]: exceptionId,
      [DLQ_HEADER.failedAt]: new Date().toISOString(),
    },
  };
}
