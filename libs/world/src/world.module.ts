import { Global, Module } from '@nestjs/common';
import { READINESS_PROBE, type ReadinessProbe } from '@parity/service';
import { WorldModelProvider } from './world-model.provider';

/**
 * Gives a service the current world model (PlatformModule provides the Kafka clients), and
 * keeps the service unready until the model is loaded.
 */
@Global()
@Module({
  providers: [
    WorldModelProvider,
    {
      provide: READINESS_PROBE,
      inject: [WorldModelProvider],
      useFactory: (world: WorldModelProvider): ReadinessProbe => ({
        name: 'worldModel',
        notReadyBecause: () => (world.isLoaded() ? undefined : 'the world model is not loaded yet'),
      }),
    },
  ],
  exports: [WorldModelProvider, READINESS_PROBE],
})
export class WorldModule {}
