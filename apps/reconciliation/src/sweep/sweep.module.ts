import { Module } from '@nestjs/common';
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
      inject: [PLATFORM_CONFIG],
      useFactory: (config: ReconciliationConfig): StockSnapshotSource[] => [
        ...config.sweep.snapshotFiles.map((file) => new FileSnapshotSource(file)),
        ...vendorSnapshotSourcesOf(config.sweep.vendorDepots, config.vendors),
      ],
    },
    SnapshotSweep,
    SweepSchedule,
  ],
})
export class SweepModule {}
