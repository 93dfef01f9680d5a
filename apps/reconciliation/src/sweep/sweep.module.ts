import { Module } from '@nestjs/common';
import {
  CLARUS_CLIENT,
  PEOPLEVOX_CLIENT,
  PRIMA_CLIENT,
  SITOO_CLIENT,
  type ClarusClient,
  type PeoplevoxClient,
  type PrimaClient,
  type SitooClient,
} from '@parity/connectors';
import { PLATFORM_CONFIG } from '@parity/service';
import { WorldModelProvider, WorldModule } from '@parity/world';
import type { ReconciliationConfig } from '../reconciliation.config';
import { FileSnapshotSource } from './file-snapshot-source';
import { SnapshotSweep } from './snapshot-sweep';
import { STOCK_SNAPSHOT_SOURCES, type SnapshotSources } from './stock-snapshot-source';
import { sweptDepotsOf } from './swept-depots';
import { SweepController } from './sweep.controller';
import { SweepSchedule } from './sweep-schedule';
import { vendorSnapshotSourcesOf } from './vendor-snapshot-sources';

/**
 * The snapshot sweep, over the configured snapshot files and a source per vendor with depots
 * to sweep in the current world model (Peoplevox, Clarus, Prima, Sitoo; not Lightspeed, see
 * swept-depots.ts), read as each run starts. Reconciliation owns the world and reads it back
 * from world.model.v1 like every other service.
 */
@Module({
  imports: [WorldModule],
  controllers: [SweepController],
  providers: [
    {
      provide: STOCK_SNAPSHOT_SOURCES,
      inject: [
        PLATFORM_CONFIG,
        WorldModelProvider,
        PEOPLEVOX_CLIENT,
        CLARUS_CLIENT,
        PRIMA_CLIENT,
        SITOO_CLIENT,
      ],
      useFactory: (
        config: ReconciliationConfig,
        world: WorldModelProvider,
        peoplevox: PeoplevoxClient | undefined,
        clarus: ClarusClient | undefined,
        prima: PrimaClient | undefined,
        sitoo: SitooClient | undefined,
      ): SnapshotSources => {
        const files = config.sweep.snapshotFiles.map((file) => new FileSnapshotSource(file));
        const clients = { peoplevox, clarus, prima, sitoo };
        return () => [
          ...files,
          ...vendorSnapshotSourcesOf(sweptDepotsOf(world.current()), clients),
        ];
      },
    },
    SnapshotSweep,
    SweepSchedule,
  ],
})
export class SweepModule {}
