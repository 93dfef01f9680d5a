import {
  AvroSerde,
  CatalogExceptionRaiser,
  createKafkaClient,
  createSchemaRegistryClient,
  DeadLetterWriter,
  dlqTopicName,
  ensureTopics,
  EventConsumer,
  EventPublisher,
  kafkaRuntimeTables,
  OutboxRelay,
  OutboxWriter,
  type EventConsumerOptions,
  type TopicDefinition,
} from '@parity/kafka';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { DataSource, type MigrationInterface } from 'typeorm';
import { stackEnv } from './stack-env';
import { unique } from './unique';

type TestTopicSpec<V> = Pick<TopicDefinition<V>, 'key' | 'partitions'> & {
  schema: object;
};

/** A topic of a test's own, shaped like a catalog row. */
export function testTopic<V>(name: string, spec: TestTopicSpec<V>): TopicDefinition<V> {
  const schema = spec.schema as TopicDefinition<V>['valueSchema']['schema'];
  return {
    name,
    description: 'a topic of one test run',
    key: spec.key,
    partitions: spec.partitions,
    cleanupPolicy: 'delete',
    retentionMs: null,
    owner: 'inventory',
    producers: ['inventory'],
    valueSchema: {
      subject: `${name}-value`,
      fullName: `${schema.namespace}.${schema.name}`,
      schema,
    },
  };
}

/**
 * The Kafka runtime wired to the real stack, in a database schema and topics of its own:
 * what a service gets from its module, without Nest, so tests can start, stop and kill
 * consumers at will.
 */
export class RuntimeHarness {
  readonly schema = unique('rt').replace('-', '_');
  readonly kafka: Kafka = createKafkaClient({
    brokers: stackEnv('KAFKA_BROKERS').split(','),
    clientId: 'runtime-test',
  });
  readonly serde = new AvroSerde(
    createSchemaRegistryClient(stackEnv('SCHEMA_REGISTRY_URL'), 'runtime-test'),
  );
  readonly db = new DataSource({
    type: 'postgres',
    url: stackEnv('DATABASE_URL'),
    extra: { max: 12 },
  });
  readonly outbox = new OutboxWriter(this.schema);
  readonly publisher = new EventPublisher(this.serde, this.outbox);
  private readonly owner = new DataSource({
    type: 'postgres',
    url: stackEnv('DATABASE_OWNER_URL'),
  });
  private readonly admin: Admin = this.kafka.admin();
  private readonly producer: Producer = this.kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  private readonly topics: string[] = [];
  private readonly running: { stop(): Promise<void> }[] = [];

  /**
   * Creates the schema (runtime tables, then the migrations and tables the test gives, as the
   * owner role) and connects.
   */
  async setUp(
    tablesSql: (schema: string) => string[],
    migrations: readonly ((schema: string) => new () => MigrationInterface)[] = [],
  ): Promise<void> {
    await this.owner.initialize();
    const schema = this.schema;
    for (const migration of [kafkaRuntimeTables, ...migrations]) {
      await new (migration(schema))().up(this.owner.createQueryRunner());
    }
    for (const sql of tablesSql(schema)) await this.owner.query(sql);
    await this.owner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO parity_app`,
    );
    await this.db.initialize();
    await this.admin.connect();
    await this.producer.connect();
    // The catalog's topics, among them the exception topics dead letters raise exceptions on.
    await ensureTopics(this.kafka);
  }

  /** A topic of this test, with its dead-letter topic, registered in the schema registry. */
  async topic<V>(spec: TestTopicSpec<V> & { base: string }): Promise<TopicDefinition<V>> {
    const topic = testTopic<V>(unique(spec.base), spec);
    await ensureTopics(this.kafka, [
      { topic: topic.name, numPartitions: topic.partitions, configEntries: [] },
      { topic: dlqTopicName(topic.name), numPartitions: topic.partitions, configEntries: [] },
    ]);
    this.topics.push(topic.name, dlqTopicName(topic.name));
    await this.serde.register(topic);
    return topic;
  }

  /** Produces values with the topic's key, as an upstream service would. */
  async produce<V>(
    topic: TopicDefinition<V>,
    values: readonly V[],
    headers: Record<string, string> = {},
  ): Promise<void> {
    for (let i = 0; i < values.length; i += 1_000) {
      const messages = values.slice(i, i + 1_000).map((value) => ({
        key: topic.key.of(value),
        value: this.serde.encode(topic, value),
        headers,
      }));
      await this.producer.send({ topic: topic.name, acks: -1, messages });
    }
  }

  /** Produces raw bytes, for poison messages. */
  async produceRaw(
    topic: string,
    key: string,
    value: Buffer,
    headers: Record<string, string> = {},
  ): Promise<void> {
    await this.producer.send({ topic, acks: -1, messages: [{ key, value, headers }] });
  }

  async startConsumer(options: Omit<EventConsumerOptions, 'schema'>): Promise<EventConsumer> {
    const exceptions = new CatalogExceptionRaiser(this.serde, 'test/runtime');
    const deadLetters = new DeadLetterWriter(this.outbox, exceptions);
    const consumer = new EventConsumer(
      this.kafka,
      this.db,
      this.serde,
      this.publisher,
      deadLetters,
      { ...options, schema: this.schema },
    );
    await consumer.start();
    this.running.push(consumer);
    return consumer;
  }

  startRelay(): OutboxRelay {
    const relay = new OutboxRelay(this.db, this.producer, { schema: this.schema, idleMs: 100 });
    relay.start();
    this.running.push(relay);
    return relay;
  }

  /** Polls a query until `done` holds or the timeout passes; returns the last rows. */
  async waitFor<T>(sql: string, done: (rows: T[]) => boolean, timeoutMs = 60_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    let rows: T[] = [];
    while (Date.now() < deadline) {
      rows = await this.db.query(sql);
      if (done(rows)) return rows;
      await new Promise((wait) => setTimeout(wait, 200));
    }
    return rows;
  }

  async tearDown(): Promise<void> {
    for (const running of this.running.reverse()) await running.stop().catch(() => undefined);
    await this.producer.disconnect();
    await this.admin.deleteTopics({ topics: this.topics }).catch(() => undefined);
    await this.admin.disconnect();
    if (this.db.isInitialized) await this.db.destroy();
    await this.owner.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`).catch(() => undefined);
    if (this.owner.isInitialized) await this.owner.destroy();
  }
}
