import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@parity/contracts';
import {
  AvroSerde,
  followTopic,
  KAFKA_CLIENT,
  SCHEMA_REGISTRY,
  type TopicFollower,
} from '@parity/kafka';
import { createLogger } from '@parity/telemetry';
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

/**
 * The current world model, in every service: read from world.model.v1 at boot (the service
 * starts once the latest version is in memory) and kept current as reconciliation publishes
 * new versions, so a change takes effect without a restart or redeploy. Readers call
 * `current()` each time they need it rather than keeping what it returned.
 */
@Injectable()
export class WorldModelProvider implements OnModuleInit, OnApplicationShutdown {
  private readonly log = createLogger(WorldModelProvider.name);
  private view = WorldView.empty;
  private follower?: TopicFollower;
  private readonly listeners: ((view: WorldView) => void)[] = [];
  private readonly serde: AvroSerde;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(SCHEMA_REGISTRY) registry: SchemaRegistry,
  ) {
    this.serde = new AvroSerde(registry);
  }

  async onModuleInit(): Promise<void> {
    // The reader's schema: registered (a no-op once it is) so records decode into it.
    await this.serde.register(Topics.worldModelV1);
    this.follower = await followTopic(
      this.kafka,
      Topics.worldModelV1.name,
      'parity-world',
      async (record) => this.take(await this.serde.decode(Topics.worldModelV1, record.value)),
    );
    await this.follower.caughtUp;
    this.log.info('world.loaded', { version: this.view.version });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.follower?.stop();
  }

  current(): WorldView {
    return this.view;
  }

  /** Called with each new version once it is current. */
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
    this.log.info('world.changed', { version: model.version, changedBy: model.changedBy });
    for (const listener of this.listeners) listener(this.view);
  }
}
