import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { TopicDefinition } from '@parity/contracts';
import type { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createLogger, errorFields } from '@parity/telemetry';
import { AvroSerde } from '../avro-serde';
import { DeadLetterWriter } from '../dead-letters';
import { EventConsumer } from '../event-consumer';
import { EventPublisher } from '../event-publisher';
import { CatalogExceptionRaiser } from '../exception-raiser';
import { OutboxRelay } from '../outbox-relay';
import { OutboxWriter } from '../outbox';
import { backoffMs, defaultRetryPolicy } from '@parity/resilience';
import type { Subscription } from '../subscription';
import { KAFKA_HANDLER } from './kafka-handler.decorator';
import { KAFKA_CLIENT, KAFKA_RUNTIME_OPTIONS, SCHEMA_REGISTRY } from './tokens';

export interface KafkaRuntimeOptions {
  /** The consumer group, one per service: `parity-inventory`. */
  readonly groupId: string;
  /** The service's database schema, holding its inbox and outbox. */
  readonly schema: string;
  /** `<service>/<flow>` for exceptions the runtime raises. */
  readonly producedBy: string;
  readonly lanesPerPartition?: number;
  readonly partitionsConcurrently?: number;
  /** Outbox rows per Kafka send. */
  readonly relayBatchSize?: number;
}

/**
 * The runtime inside a service: finds the @KafkaHandler providers, consumes their topics
 * once the application has bootstrapped, relays the outbox, and on shutdown stops the
 * consumer first (in-flight batches finish or are abandoned uncommitted) and the relay last
 * (so what those batches committed is still published).
 */
@Injectable()
export class KafkaRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly serde: AvroSerde;
  readonly publisher: EventPublisher;
  private readonly outbox: OutboxWriter;
  private readonly producer: Producer;
  private readonly log = createLogger(KafkaRuntime.name);
  private consumer: EventConsumer | undefined;
  private relay: OutboxRelay | undefined;
  private stopping = false;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(SCHEMA_REGISTRY) registry: SchemaRegistry,
    @Inject(KAFKA_RUNTIME_OPTIONS) private readonly options: KafkaRuntimeOptions,
    private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {
    this.serde = new AvroSerde(registry);
    this.outbox = new OutboxWriter(options.schema);
    this.publisher = new EventPublisher(this.serde, this.outbox);
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  /**
   * Starts in the background: a service must boot, answer liveness and report Kafka's
   * absence through readiness rather than crash-loop while a broker is down.
   */
  onApplicationBootstrap(): void {
    void this.startWithRetry();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.consumer?.stop();
    await this.relay?.stop();
    await this.producer.disconnect().catch(() => undefined);
  }

  private async startWithRetry(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.start();
        this.log.info('kafka.runtime.started', { groupId: this.options.groupId });
        return;
      } catch (error) {
        const retryInMs = backoffMs(defaultRetryPolicy, attempt);
        this.log.warn('kafka.runtime.start.retrying', {
          attempt,
          retryInMs,
          ...errorFields(error),
        });
        await this.consumer?.stop().catch(() => undefined);
        this.consumer = undefined;
        await new Promise((wait) => setTimeout(wait, retryInMs));
      }
    }
  }

  private async start(): Promise<void> {
    await this.producer.connect();
    if (!this.relay) {
      this.relay = new OutboxRelay(this.dataSource, this.producer, {
        schema: this.options.schema,
        batchSize: this.options.relayBatchSize,
      });
      this.relay.start();
    }
    const subscriptions = this.subscriptions();
    if (subscriptions.length === 0 || this.stopping) return;
    const exceptions = new CatalogExceptionRaiser(this.serde, this.options.producedBy);
    this.consumer = new EventConsumer(
      this.kafka,
      this.dataSource,
      this.serde,
      this.publisher,
      new DeadLetterWriter(this.outbox, exceptions),
      {
        groupId: this.options.groupId,
        schema: this.options.schema,
        subscriptions,
        producedBy: this.options.producedBy,
        lanesPerPartition: this.options.lanesPerPartition,
        partitionsConcurrently: this.options.partitionsConcurrently,
      },
    );
    await this.consumer.start();
  }

  private subscriptions(): Subscription<never>[] {
    return this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.metatype && wrapper.instance)
      .flatMap((wrapper) => {
        const topic = this.reflector.get<TopicDefinition<never> | undefined>(
          KAFKA_HANDLER,
          wrapper.metatype as object as never,
        );
        if (!topic) return [];
        const handler = wrapper.instance as Partial<
          Pick<Subscription<never>, 'handle' | 'handleBatch'>
        >;
        return [subscriptionOf(topic, handler, wrapper.name)];
      });
  }
}

function subscriptionOf(
  topic: TopicDefinition<never>,
  handler: Partial<Pick<Subscription<never>, 'handle' | 'handleBatch'>>,
  name: string,
): Subscription<never> {
  if (handler.handle) return { topic, handle: handler.handle.bind(handler) };
  if (handler.handleBatch) return { topic, handleBatch: handler.handleBatch.bind(handler) };
  throw new Error(`${name} is a @KafkaHandler but has neither handle() nor handleBatch()`);
}
