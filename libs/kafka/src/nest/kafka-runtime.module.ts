import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { KafkaRuntime, type KafkaRuntimeOptions } from './kafka-runtime.service';
import { KAFKA_RUNTIME_OPTIONS } from './tokens';

/**
 * Consumes the topics of the service's @KafkaHandler providers and relays its outbox.
 * Needs KAFKA_CLIENT, SCHEMA_REGISTRY and a TypeORM DataSource from the importing module
 * (PlatformModule provides them).
 */
@Global()
@Module({})
export class KafkaRuntimeModule {
  static forRoot(options: KafkaRuntimeOptions): DynamicModule {
    return {
      module: KafkaRuntimeModule,
      imports: [DiscoveryModule],
      providers: [{ provide: KAFKA_RUNTIME_OPTIONS, useValue: options }, KafkaRuntime],
      exports: [KafkaRuntime],
    };
  }
}
