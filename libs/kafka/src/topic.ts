import { DLQ_SUFFIX, type TopicDefinition } from '@parity/contracts';

export type { TopicDefinition };

/** What the serde needs of a topic, whatever its value type. */
export type SchemaBearer = Pick<TopicDefinition, 'name' | 'valueSchema'>;

/** Dead letters of a topic keep its name, so a replay knows where they came from. */
export function dlqTopicName(topic: string): string {
  return `${topic}${DLQ_SUFFIX}`;
}
