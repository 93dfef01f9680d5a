import {
  AvroSerde,
  createKafkaClient,
  createSchemaRegistryClient,
  DeadLetterWriter,
  dlqTopicName,
  EventConsumer,
  EventPublisher,
  kafkaRuntimeTables,
  OutboxRelay,
  OutboxWriter,
  type AnyTopic,
  type EventConsumerOptions,
  type TopicDefinition,
} from '@parity/kafka';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { stackEnv } from './stack-env';
import { unique } from './unique';

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
  readonly outbox = new OutboxWriter(this.schema);
  readonly publisher = new EventPublisher(this.serde, this.outbox);

  /** Creates the schema (runtime tables plus the test's own, as the owner role) and connects. */
  async setUp(tablesSql: (schema: string) => string[]): Promise<void> {
    await this.owner.initialize();
    const schema = this.schema;
    const runtime = new (kafkaRuntimeTables(schema))();
    await runtime.up(this.owner.createQueryRunner());
    for (const sql of tablesSql(schema)) await this.owner.query(sql);
    await this.owner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO parity_app`,
    );
    await this.owner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA "${schema}" TO parity_app`);
    await this.db.initialize();
    await this.admin.connect();
    await this.producer.connect();
  }

  /** A topic of this test, with its dead-letter topic, registered in the schema registry. */
  async topic<V>(
    definition: Omit<TopicDefinition<V>, 'name' | 'valueSchema'> & { schema: object; base: string },
  ): Promise<TopicDefinition<V>> {
    const name = unique(definition.base);
    const topic: TopicDefinition<V> = {
      name,
      key: definition.key,
      partitions: definition.partitions,
      exceptionTeam: definition.exceptionTeam,
      valueSchema: { subject: `${name}-value`, schema: definition.schema },
    };
    await this.admin.createTopics({
      topics: [
        { topic: name, numPartitions: topic.partitions },
        { topic: dlqTopicName(name), numPartitions: topic.partitions },
      ],
      waitForLeaders: true,
    });
    this.topics.push(name, dlqTopicName(name));
    await this.serde.register(topic as AnyTopic);
    return topic;
  }

  /** Produces values with the catalog's key, as an upstream service would. */
  async produce<V>(
    topic: TopicDefinition<V>,
    values: readonly V[],
    headers: Record<string, string> = {},
  ): Promise<void> {
    for (let i = 0; i < values.length; i += 1_000) {
      const chunk = values.slice(i, i + 1_000);
      await this.producer.send({
        topic: topic.name,
        acks: -1,
        messages: chunk.map((value) => ({
          key: topic.key.of(value),
          value: this.serde.encode(topic, value),
          headers,
        })),
      });
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
    const consumer = new EventConsumer(
      this.kafka,
      this.db,
      this.serde,
      this.publisher,
      new DeadLetterWriter(this.outbox, undefined),
      {
        ...options,
        schema: this.schema,
      },
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
