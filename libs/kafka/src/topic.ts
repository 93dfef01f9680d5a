/**
 * What the runtime needs to know about a topic. The catalog in @parity/contracts defines
 * every topic in this shape; the runtime depends only on the shape, so tests can declare
 * topics of their own.
 */
export interface TopicDefinition<V> {
  /** e.g. `wms.stock-movements.v1` */
  readonly name: string;
  /** The record key, derived from the value, so a producer can never pick a different one. */
  readonly key: { readonly of: (value: V) => string; readonly description?: string };
  /** The registered Avro schema (subject `<name>-value`, TopicNameStrategy). */
  readonly valueSchema: { readonly subject: string; readonly schema: object };
  readonly partitions: number;
  /** The team that owns problems with this topic's events: where its DLQ exceptions go. */
  readonly exceptionTeam: string;
}

export type ValueOf<T> = T extends TopicDefinition<infer V> ? V : never;

/** Dead letters of a topic keep its name, so a replay knows where they came from. */
export function dlqTopicName(topic: string): string {
  return `${topic}.dlq`;
}

/** Any topic, whatever its value type (the key function makes TopicDefinition contravariant). */
export type AnyTopic = TopicDefinition<never>;
