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
import type { ReconciliationConfig } from '../reconciliation.config';
import { FileSnapshotSource } from './file-snapshot-source';
import { SnapshotSweep } from './snapshot-sweep';
import { STOCK_SNAPSHOT_SOURCES, type StockSnapshotSource } from './stock-snapshot-source';
import { SweepController } from './sweep.controller';
import { SweepSchedule } from './sweep-schedule';
import { vendorSnapshotSourcesOf } from './vendor-snapshot-sources';

/**
 * The snapshot sweep, over the configured snapshot files and a source per vendor with depots
 * to sweep (Peoplevox, Clarus, Prima, Sitoo; not Lightspeed, see vendor-depots.ts).
 */
@Module({
  controllers: [SweepController],
  providers: [
    {
      provide: STOCK_SNAPSHOT_SOURCES,
      inject: [PLATFORM_CONFIG, PEOPLEVOX_CLIENT, CLARUS_CLIENT, PRIMA_CLIENT, SITOO_CLIENT],
      useFactory: (
        config: ReconciliationConfig,
        peoplevox: PeoplevoxClient | undefined,
        clarus: ClarusClient | undefined,
        prima: PrimaClient | undefined,
        sitoo: SitooClient | undefined,
      ): StockSnapshotSource[] => [
        ...config.sweep.snapshotFiles.map((file) => new FileSnapshotSource(file)),
        ...vendorSnapshotSourcesOf(config.sweep.vendorDepots, { peoplevox, clarus, prima, sitoo }),
      ],
    },
    SnapshotSweep,
    SweepSchedule,
  ],
})
export class SweepModule {}
