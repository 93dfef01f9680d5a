import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@parity/contracts';
import {
  AvroSerde,
  followTopic,
  KAFKA_CLIENT,
  SCHEMA_REGISTRY,
  TransientError,
  type TopicFollower,
} from '@parity/kafka';
import { sleep } from '@parity/resilience';
import { createLogger, errorFields } from '@parity/telemetry';
import type { Kafka } from 'kafkajs';
import { Gauge } from 'prom-client';
import { WorldView } from './world-view';

type SchemaRegistry = ConstructorParameters<typeof AvroSerde>[0];

// On /metrics: which world version a service holds, to see a change reach every service. The
// version alone cannot tell a reset sandbox's new version 1 from the old one; when it was made can.
const versionHeld = new Gauge({
  name: 'parity_world_model_version',
  help: 'The world model version this process holds (0: none published yet).',
});
const versionMadeAt = new Gauge({
  name: 'parity_world_model_changed_at_seconds',
  help: 'When the world model version this process holds was made, in Unix seconds.',
});

/** How long to wait before following the world topic again when Kafka could not be reached. */
const RETRY_MS = 2_000;

/**
 * The current world model, in every service: read from world.model.v1 (to its end, then
 * following it) as reconciliation publishes new versions, so a change takes effect without a
 * restart or redeploy. Readers call `current()` each time they need it rather than keeping
 * what it returned.
 *
 * Loading runs in the background, so a service whose Kafka is down still boots, serves
 * `/health/live` and drains on SIGTERM (its readiness fails on Kafka meanwhile). Until the
 * latest version is in memory `current()` throws a transient error: a Kafka lane retries in
 * place rather than treat every record against an empty world.
 */
@Injectable()
export class WorldModelProvider implements OnModuleInit, OnApplicationShutdown {
  private readonly log = createLogger(WorldModelProvider.name);
  private view: WorldView | undefined;
  private follower?: TopicFollower;
  private readonly listeners: ((view: WorldView) => void)[] = [];
  private readonly serde: AvroSerde;
  private readonly stopping = new AbortController();
  private loading: Promise<void> | undefined;
  /** Listeners hear of versions once the latest is in memory, not of the history before it. */
  private caughtUp = false;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(SCHEMA_REGISTRY) registry: SchemaRegistry,
  ) {
    this.serde = new AvroSerde(registry);
  }

  onModuleInit(): void {
    this.loading = this.load();
  }

  async onApplicationShutdown(): Promise<void> {
    // Not waiting for a load still trying to reach Kafka: the drain must not outlast it.
    this.stopping.abort();
    await this.follower?.stop();
  }

  /** Resolves once the latest version is in memory (or the service is stopping). */
  async loaded(): Promise<void> {
    await this.loading;
  }

  isLoaded(): boolean {
    return this.caughtUp;
  }

  current(): WorldView {
    if (!this.view) {
      throw new TransientError('WORLD.NOT_LOADED', 'the world model is not loaded yet');
    }
    return this.view;
  }

  private async load(): Promise<void> {
    const { signal } = this.stopping;
    while (!signal.aborted) {
      try {
        // The reader's schema: registered (a no-op once it is) so records decode into it.
        await this.serde.register(Topics.worldModelV1);
        this.follower = await followTopic(
          this.kafka,
          Topics.worldModelV1.name,
          'parity-world',
          async (record) => this.take(await this.serde.decode(Topics.worldModelV1, record.value)),
        );
        await this.follower.caughtUp;
        const view = (this.view ??= WorldView.empty);
        this.caughtUp = true;
        this.log.info('world.loaded', { version: view.version });
        for (const listener of this.listeners) listener(view);
        return;
      } catch (error) {
        this.log.warn('world.load.failed', { retryInMs: RETRY_MS, ...errorFields(error) });
        await sleep(RETRY_MS, signal).catch(() => undefined);
      }
    }
  }

  /** Called with the version current once loaded, then with each new version. */
  onChange(listener: (view: WorldView) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Every record is taken as it comes: the topic has one partition and one key, so the last
   * record read is the current version, even one numbered lower (a sandbox whose owner's
   * state was reset starts again at 1).
   */
  private take(model: Parameters<typeof WorldView.of>[0]): void {
    this.view = WorldView.of(model);
    versionHeld.set(model.version);
    versionMadeAt.set(model.changedAt / 1000);
    if (!this.caughtUp) return;
    this.log.info('world.changed', { version: model.version, changedBy: model.changedBy });
    for (const listener of this.listeners) listener(this.view);
  }
}
