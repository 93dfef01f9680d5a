import { type TopicName, findTopic } from '../catalog';
import type { ServiceName, TopicDefinition } from './topic-definition';

/**
 * Where a topic's undeliverable records go: the original key, bytes and headers plus the
 * error, kept until replayed. Not Avro-encoded by Parity, so it has no value schema.
 */
export interface DeadLetterTopic {
  /** `<topic>.dlq`. */
  readonly name: string;
  readonly sourceTopic: string;
  /** As the source topic's, so a record can keep its partition and key order through a replay. */
  readonly partitions: number;
  readonly cleanupPolicy: 'delete';
  /**
   * Null: kept for ever. A dead-lettered record may be the only copy of an input that has not
   * been processed yet, and nothing may be silently dropped; the volume is that of failures only.
   */
  readonly retentionMs: null;
  readonly owner: ServiceName;
}

export const DLQ_SUFFIX = '.dlq';

/**
 * The dead-letter topic of a catalog topic, by name or by definition (a definition need not be
 * in the catalog, so tests can dead-letter their own uniquely named topics).
 */
export function dlqTopicOf(topic: TopicName | TopicDefinition): DeadLetterTopic {
  const source = typeof topic === 'string' ? findTopic(topic) : topic;
  if (!source) throw new Error(`${String(topic)} is not in the topic catalog`);
  return Object.freeze({
    name: `${source.name}${DLQ_SUFFIX}`,
    sourceTopic: source.name,
    partitions: source.partitions,
    cleanupPolicy: 'delete',
    retentionMs: null,
    owner: source.owner,
  });
}
