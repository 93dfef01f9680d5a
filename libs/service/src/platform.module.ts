import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PlatformConfig } from '@parity/config';
import {
  createKafkaClient,
  createSchemaRegistryClient,
  KAFKA_CLIENT,
  KafkaRuntimeModule,
  SCHEMA_REGISTRY,
  type KafkaRuntimeOptions,
} from '@parity/kafka';
import { HealthController } from './health.controller';
import { KafkaHealthIndicator } from './kafka.health';
import { LifecycleState } from './lifecycle-state';
import { MetricsController } from './metrics.controller';
import { RegistryHealthIndicator } from './registry.health';
import { PLATFORM_CONFIG } from './tokens';

/** Where a service keeps its state: its own PostgreSQL schema, shared with no other service. */
export interface ServiceStorage {
  readonly schema: string;
}

/** A service's own defaults for its Kafka runtime's concurrency (the runtime's when absent). */
export type RuntimeTuning = Pick<
  KafkaRuntimeOptions,
  'lanesPerPartition' | 'partitionsConcurrently' | 'relayBatchSize'
> & {
  /** PostgreSQL connections; at least the lanes the consumer runs at once, plus the relay's. */
  readonly databasePoolSize?: number;
};

const DEFAULT_POOL_SIZE = 10;

/**
 * What every Parity service gets: its validated config, a Kafka client, a schema registry
 * client, a PostgreSQL connection, the Kafka runtime (handlers, outbox relay), and
 * /health/live, /health/ready and /metrics.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(
    config: PlatformConfig,
    storage: ServiceStorage,
    runtime: RuntimeTuning = {},
  ): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        TerminusModule.forRoot({ logger: false }),
        KafkaRuntimeModule.forRoot({
          groupId: config.serviceName,
          schema: storage.schema,
          producedBy: `${config.serviceName}/runtime`,
          // The deployment's settings win over the service's own defaults.
          lanesPerPartition: config.runtime.lanesPerPartition ?? runtime.lanesPerPartition,
          partitionsConcurrently:
            config.runtime.partitionsConcurrently ?? runtime.partitionsConcurrently,
          relayBatchSize: config.runtime.relayBatchSize ?? runtime.relayBatchSize,
        }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.database.url,
          applicationName: config.serviceName,
          autoLoadEntities: true,
          // Schema changes happen only through migrations, run by the owner role.
          synchronize: false,
          migrationsRun: false,
          // A database that refuses us at boot fails the start at once (runService exits 1
          // and the orchestrator restarts with backoff); later outages show in readiness
          // while the pool reconnects.
          retryAttempts: 0,
          extra: {
            max: config.database.poolSize ?? runtime.databasePoolSize ?? DEFAULT_POOL_SIZE,
            connectionTimeoutMillis: config.readinessTimeoutMs,
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        {
          provide: KAFKA_CLIENT,
          useValue: createKafkaClient({
            brokers: config.kafka.brokers,
            clientId: config.kafka.clientId,
          }),
        },
        {
          provide: SCHEMA_REGISTRY,
          useValue: createSchemaRegistryClient(config.registry.url, config.serviceName),
        },
        LifecycleState,
        KafkaHealthIndicator,
        RegistryHealthIndicator,
      ],
      exports: [PLATFORM_CONFIG, KAFKA_CLIENT, SCHEMA_REGISTRY, LifecycleState],
    };
  }
}
