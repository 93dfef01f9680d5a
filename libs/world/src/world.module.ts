import { Global, Module } from '@nestjs/common';
import { WorldModelProvider } from './world-model.provider';

/** Gives a service the current world model (PlatformModule provides the Kafka clients). */
@Global()
@Module({ providers: [WorldModelProvider], exports: [WorldModelProvider] })
export class WorldModule {}
