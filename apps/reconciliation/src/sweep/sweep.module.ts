import { Module } from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import type { ReconciliationConfig } from '../reconciliation.config';
import { FileSnapshotSource } from './file-snapshot-source';
import { SnapshotSweep } from './snapshot-sweep';
import { STOCK_SNAPSHOT_SOURCES, type StockSnapshotSource } from './stock-snapshot-source';
import { SweepController } from './sweep.controller';
import { SweepSchedule } from './sweep-schedule';

/**
 * The snapshot sweep. Connector-backed sources (one per WMS, Prima, each till) join the
 * configured snapshot files in STOCK_SNAPSHOT_SOURCES as libs/connectors provides them.
 */
@Module({
  controllers: [SweepController],
  providers: [
    {
      provide: STOCK_SNAPSHOT_SOURCES,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: ReconciliationConfig): StockSnapshotSource[] =>
        config.sweep.snapshotFiles.map((file) => new FileSnapshotSource(file)),
    },
    SnapshotSweep,
    SweepSchedule,
  ],
})
export class SweepModule {}
