import type { AvroRecordSchema } from '../avro-record-schema';

/** The Parity services that own and produce topics. */
export type ServiceName =
  'edge' | 'inventory' | 'orders' | 'fulfilment' | 'returns' | 'reconciliation';

/**
 * `compact`: a state topic; Kafka keeps at least the latest record of every key, for ever.
 * `delete`: an event topic; records expire once older than the retention.
 */
export type CleanupPolicy = 'compact' | 'delete';

/** How a topic's record key is made from an event. */
export interface TopicKey<Value> {
  /** The key's make-up, for people and docs: `sku`, `store:saleId`. */
  readonly description: string;
  /** The record key of an event. Records with equal keys share a partition and keep their order. */
  of(value: Value): string;
}

/** The value schema of a topic, under the registry's TopicNameStrategy. */
export interface ValueSchema<Value = unknown> {
  /** `<topic>-value`. */
  readonly subject: string;
  /** The Avro full name of the value record: `parity.inventory.StockMovement`. */
  readonly fullName: string;
  /**
   * The bundled, self-contained Avro schema (deeply frozen): `JSON.stringify` it to register
   * it under `subject`, or hand it to avsc's `Type.forSchema`.
   */
  readonly schema: AvroRecordSchema<Value>;
}

/** One row of the topic catalog. `Value` is the type generated from the value schema. */
export interface TopicDefinition<Value = unknown, Name extends string = string> {
  readonly name: Name;
  /** What the topic carries, in a sentence. */
  readonly description: string;
  readonly key: TopicKey<Value>;
  readonly partitions: number;
  readonly cleanupPolicy: CleanupPolicy;
  /** How long records are kept; null keeps them for ever (compacted topics, which keep the latest per key). */
  readonly retentionMs: number | null;
  /** The service that owns the topic: its contract changes go through that service's team. */
  readonly owner: ServiceName;
  /** Every service that publishes to it. */
  readonly producers: readonly ServiceName[];
  readonly valueSchema: ValueSchema<Value>;
}

/** The event type a topic carries: `TopicValue<typeof Topics.wmsStockMovementsV1>` is `StockMovement`. */
export type TopicValue<Topic> = Topic extends TopicDefinition<infer Value> ? Value : never;

/**
 * A catalog row as written: with the generated schema, from which the value type is inferred
 * (never from the key, which must then fit that type).
 */
export interface TopicSpec<Value, Name extends string> extends Omit<
  TopicDefinition<Value, Name>,
  'valueSchema' | 'key'
> {
  readonly key: TopicKey<NoInfer<Value>>;
  readonly schema: AvroRecordSchema<Value>;
}

/** A frozen catalog row, its value schema named under TopicNameStrategy (`<topic>-value`). */
export function defineTopic<Value, const Name extends string>(
  spec: TopicSpec<Value, Name>,
): TopicDefinition<Value, Name> {
  const { schema, producers, ...rest } = spec;
  return Object.freeze({
    ...rest,
    producers: Object.freeze([...producers]),
    valueSchema: Object.freeze({
      subject: `${spec.name}-value`,
      fullName: `${schema.namespace}.${schema.name}`,
      schema: deepFreeze(schema),
    }),
  });
}

/** Freezes a JSON-like value throughout: a schema shared by every user must not be edited by one. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
