import { Module } from '@nestjs/common';
import {
  CLARUS_CLIENT,
  PEOPLEVOX_CLIENT,
  PRIMA_CLIENT,
  type ClarusClient,
  type PeoplevoxClient,
  type PrimaClient,
} from '@parity/connectors';
import { EventPublisher, KafkaRuntime } from '@parity/kafka';
import { LedgerModule } from '../ledger/ledger.module';
import { PushQueueModule } from '../push/push-queue.module';
import { OWNER_SNAPSHOT_READER } from './snapshot-reader.port';
import { SnapshotSchedule } from './snapshot-schedule';
import { SnapshotWorker } from './snapshot-worker';
import { StockDriftHandler } from './stock-drift.handler';
import { vendorSnapshotReaderOf } from './vendor-snapshot-reader';

/**
 * Re-reads stock from its owner where the ledger asked to (a contradiction, a sequence gap),
 * through the owner's API: bound only when the connection of some stock owner is configured;
 * otherwise snapshot requests are recorded and stay open.
 */
@Module({
  imports: [LedgerModule, PushQueueModule],
  providers: [
    SnapshotWorker,
    SnapshotSchedule,
    StockDriftHandler,
    {
      provide: OWNER_SNAPSHOT_READER,
      inject: [PEOPLEVOX_CLIENT, CLARUS_CLIENT, PRIMA_CLIENT],
      useFactory: (
        peoplevox: PeoplevoxClient | undefined,
        clarus: ClarusClient | undefined,
        prima: PrimaClient | undefined,
      ) => vendorSnapshotReaderOf({ peoplevox, clarus, prima }),
    },
    // The runtime's publisher writes to this service's outbox, so its relay sends the events.
    {
      provide: EventPublisher,
      inject: [KafkaRuntime],
      useFactory: (k: KafkaRuntime) => k.publisher,
    },
  ],
})
export class SnapshotModule {}
