import { existsSync, readFileSync } from 'node:fs';
import { ServiceProcess } from '@parity/launcher';
import {
  AvroSerde,
  createKafkaClient,
  createSchemaRegistryClient,
  ensureTopics,
  type TopicDefinition,
} from '@parity/kafka';
import {
  exceptionTopicFor,
  type EventHeader,
  type IntegrationException,
  type SourceSystem,
  type Team,
} from '@parity/contracts';
import type { WorldTables } from '@parity/world';
import { publishWorld } from '@parity/world-api';
import type { KafkaMessage, Producer } from 'kafkajs';
import { readTopicUntil, type StartOffsets } from '../support/read-topic';
import { serviceEnv, testLogDir, workspaceRoot } from '../support/service-env';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';

/**
 * The built reconciliation service on the real stack, migrated as a deployment would, plus
 * a producer that publishes Avro events to the catalog's topics as upstream services do.
 */
export class ReconciliationUnderTest {
  readonly kafka = createKafkaClient({
    brokers: stackEnv('KAFKA_BROKERS').split(','),
    clientId: unique('reconciliation-test'),
  });
  readonly serde = new AvroSerde(
    createSchemaRegistryClient(stackEnv('SCHEMA_REGISTRY_URL'), 'reconciliation-test'),
  );
  private readonly producer: Producer = this.kafka.producer({ idempotent: true });
  private service: ServiceProcess | undefined;

  constructor(
    private readonly port: number,
    private readonly overrides: Record<string, string> = {},
  ) {}

  /**
   * Starts the service, with `world` published first if given: the service reads the world
   * model's topic (one key shared by every test) to its end before it is ready.
   */
  async start(world?: WorldTables): Promise<void> {
    const env = { ...serviceEnv(), ...this.overrides };
    await ServiceProcess.migrate({
      name: 'reconciliation',
      env,
      workspaceRoot,
      logDir: testLogDir,
      ownerDatabaseUrl: stackEnv('DATABASE_OWNER_URL'),
    });
    await ensureTopics(this.kafka);
    if (world) await publishWorld(this.kafka, this.serde, world);
    await this.producer.connect();
    this.service = new ServiceProcess({
      name: 'reconciliation',
      port: this.port,
      env,
      workspaceRoot,
      logDir: `${testLogDir}/${this.port}`,
    });
    const readiness = await this.service.waitUntilReady(60_000);
    if (!readiness.ready) throw new Error(`reconciliation not ready: ${JSON.stringify(readiness)}`);
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    expect(await this.service?.stop()).toBe(0);
  }

  /** The service log's last lines: what a test failing on an answer of the service shows. */
  logTail(lines = 40): string {
    const path = `${testLogDir}/${this.port}/reconciliation.log`;
    return existsSync(path)
      ? readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
      : '';
  }

  async publish<V>(topic: TopicDefinition<V>, values: readonly V[]): Promise<void> {
    await this.serde.register(topic);
    await this.producer.send({
      topic: topic.name,
      acks: -1,
      messages: values.map((value) => ({
        key: topic.key.of(value),
        value: this.serde.encode(topic, value),
      })),
    });
  }

  /** Calls the service's HTTP API; the body is parsed JSON. */
  async api<T = unknown>(path: string, post?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`http://127.0.0.1:${this.port}${path}`, {
      method: post === undefined ? 'GET' : 'POST',
      headers: post === undefined ? {} : { 'content-type': 'application/json' },
      body: post === undefined ? undefined : JSON.stringify(post),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Polls the API until `done` holds (events are applied within seconds), or fails with the last answer. */
  async until<T>(path: string, done: (body: T) => boolean, timeoutMs = 45_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: { status: number; body: T } | undefined;
    while (Date.now() < deadline) {
      last = await this.api<T>(path);
      if (last.status === 200 && done(last.body)) return last.body;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    throw new Error(`GET ${path} never satisfied the test; last answer: ${JSON.stringify(last)}`);
  }

  /** The exceptions raised on a team's topic for some SKUs (the topic's key), once `count` arrived. */
  async raisedOn(
    team: Team,
    skus: readonly string[],
    count: number,
    from: StartOffsets,
  ): Promise<IntegrationException[]> {
    const topic = exceptionTopicFor(team);
    await this.serde.register(topic);
    const ours = (m: KafkaMessage) => skus.includes(m.key?.toString() ?? '');
    const messages = await readTopicUntil(
      this.kafka,
      topic.name,
      (read) => read.filter(ours).length >= count,
      30_000,
      from,
    );
    return Promise.all(messages.filter(ours).map((m) => this.serde.decode(topic, m.value)));
  }
}

export function header(source: SourceSystem, occurredAt = Date.now()): EventHeader {
  return {
    eventId: unique('event'),
    source,
    producedBy: 'test/reconciliation',
    occurredAt,
    sourceTimeZone: 'UTC',
    archiveRef: null,
  };
}
