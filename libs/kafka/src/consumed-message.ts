/** A decoded message as handlers see it. Offsets are strings, as Kafka's are 64-bit. */
export interface ConsumedMessage<V> {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly value: V;
  readonly headers: Readonly<Record<string, string>>;
  /** Broker timestamp, epoch milliseconds as a string. */
  readonly timestamp: string;
}

/** A message as fetched, before decoding: what a dead letter must preserve byte for byte. */
export interface RawMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly timestamp: string;
}

export function keyOf(message: RawMessage): string {
  return message.key?.toString('utf8') ?? '';
}
