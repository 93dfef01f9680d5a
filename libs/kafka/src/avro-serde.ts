import { COMPATIBILITY, SchemaType, type SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { backoffMs, sleep, type RetryPolicy } from '@parity/resilience';
import { Type, type Resolver } from 'avsc';
import { PermanentError } from './errors';
import type { SchemaBearer, TopicDefinition } from './topic';

const MAGIC_BYTE = 0;
const HEADER_BYTES = 5;

/**
 * A registry call the connection dropped (the client reports it as status 400 "socket hang
 * up", and does not retry it) is asked again: registering and reading a schema are both safe
 * to repeat. Seen on this machine's registry under a busy test suite, failing a service's
 * first publish with a 500.
 */
const DROPPED_CONNECTION = /socket hang up|ECONNRESET|ECONNREFUSED|EPIPE/;
const REGISTRY_RETRY: RetryPolicy = { initialMs: 50, maxMs: 1_000, multiplier: 2, maxAttempts: 6 };

async function askRegistry<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const dropped = DROPPED_CONNECTION.test(String((error as Error | undefined)?.message));
      if (!dropped || attempt >= REGISTRY_RETRY.maxAttempts) throw error;
      await sleep(backoffMs(REGISTRY_RETRY, attempt));
    }
  }
}

interface TopicCodec {
  readonly schemaId: number;
  readonly type: Type;
}

/**
 * Confluent wire format (magic byte, 4-byte schema id, Avro body) over the registry.
 *
 * Values are written with the topic's own schema and read into it: a record written with a
 * newer or older compatible schema is resolved into the reader's shape, so a consumer keeps
 * working while producers evolve. Types and resolvers are built once per schema id, not per
 * message, which is what the registry client's own `decode` would do.
 */
export class AvroSerde {
  private readonly codecs = new Map<string, TopicCodec>();
  private readonly writerTypes = new Map<number, Promise<Type>>();
  private readonly resolvers = new Map<string, Resolver>();

  constructor(private readonly registry: SchemaRegistry) {}

  /** Registers (or finds) the topic's schema under BACKWARD compatibility; idempotent. */
  async register(topic: SchemaBearer): Promise<number> {
    const known = this.codecs.get(topic.name);
    if (known) return known.schemaId;
    const { id } = await askRegistry(() =>
      this.registry.register(
        { type: SchemaType.AVRO, schema: JSON.stringify(topic.valueSchema.schema) },
        { subject: topic.valueSchema.subject, compatibility: COMPATIBILITY.BACKWARD },
      ),
    );
    this.codecs.set(topic.name, {
      schemaId: id,
      type: Type.forSchema(topic.valueSchema.schema as never),
    });
    return id;
  }

  /** Encodes a value of a registered topic; a value that does not fit the schema is a bug. */
  encode<V>(topic: TopicDefinition<V>, value: V): Buffer {
    const codec = this.codec(topic);
    const paths: string[] = [];
    if (!codec.type.isValid(value, { errorHook: (path) => paths.push(path.join('.')) })) {
      throw new PermanentError(
        'KAFKA.SCHEMA_INVALID',
        `value does not match ${topic.valueSchema.subject} at: ${paths.join(', ')}`,
      );
    }
    const body = codec.type.toBuffer(value);
    const framed = Buffer.allocUnsafe(HEADER_BYTES + body.length);
    framed.writeUInt8(MAGIC_BYTE, 0);
    framed.writeInt32BE(codec.schemaId, 1);
    body.copy(framed, HEADER_BYTES);
    return framed;
  }

  /** Decodes bytes of a registered topic into its reader schema; bad bytes are permanent failures. */
  async decode<V>(topic: TopicDefinition<V>, bytes: Buffer | null): Promise<V> {
    const reader = this.codec(topic);
    if (!bytes || bytes.length < HEADER_BYTES || bytes.readUInt8(0) !== MAGIC_BYTE) {
      throw new PermanentError(
        'KAFKA.UNDECODABLE',
        'not in the Confluent Avro wire format (magic byte 0 + schema id)',
      );
    }
    const writerId = bytes.readInt32BE(1);
    const resolver =
      writerId === reader.schemaId ? undefined : await this.resolver(reader, writerId);
    try {
      return reader.type.fromBuffer(bytes.subarray(HEADER_BYTES), resolver) as V;
    } catch (error) {
      throw new PermanentError(
        'KAFKA.UNDECODABLE',
        `cannot decode with writer schema ${writerId}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }

  private codec(topic: SchemaBearer): TopicCodec {
    const codec = this.codecs.get(topic.name);
    if (!codec)
      throw new Error(`schema of ${topic.name} not registered: call AvroSerde.register first`);
    return codec;
  }

  private async resolver(reader: TopicCodec, writerId: number): Promise<Resolver> {
    const cacheKey = `${reader.schemaId}<-${writerId}`;
    const cached = this.resolvers.get(cacheKey);
    if (cached) return cached;
    const writer = await this.writerType(writerId);
    let resolver: Resolver;
    try {
      resolver = reader.type.createResolver(writer);
    } catch (error) {
      throw new PermanentError(
        'KAFKA.INCOMPATIBLE_SCHEMA',
        `writer schema ${writerId} cannot be read as ${reader.schemaId}`,
        { cause: error },
      );
    }
    this.resolvers.set(cacheKey, resolver);
    return resolver;
  }

  private writerType(schemaId: number): Promise<Type> {
    let pending = this.writerTypes.get(schemaId);
    if (!pending) {
      pending = askRegistry(() => this.registry.getSchema(schemaId)).then(
        // The registry client hands back its own avsc Type; its JSON form is the schema.
        (schema) => Type.forSchema(JSON.parse(JSON.stringify(schema)) as never),
        (error: unknown) => {
          this.writerTypes.delete(schemaId);
          // Only a definite "no such schema" is the message's fault; an unreachable
          // registry is retried like any other outage.
          if ((error as { status?: number }).status !== 404) throw error;
          throw new PermanentError(
            'KAFKA.UNKNOWN_SCHEMA',
            `schema id ${schemaId} is not in the registry`,
            { cause: error },
          );
        },
      );
      this.writerTypes.set(schemaId, pending);
    }
    return pending;
  }
}
