import { Module } from '@nestjs/common';
import { EventPublisher, KafkaRuntime } from '@parity/kafka';
import { LedgerModule } from '../ledger/ledger.module';
import { PushQueueModule } from '../push/push-queue.module';
import { SnapshotSchedule } from './snapshot-schedule';
import { SnapshotWorker } from './snapshot-worker';

/**
 * Re-reads stock from its owner where the ledger asked to (a contradiction, a sequence gap).
 * The vendor-backed reader is bound to OWNER_SNAPSHOT_READER once the connectors exist.
 */
@Module({
  imports: [LedgerModule, PushQueueModule],
  providers: [
    SnapshotWorker,
    SnapshotSchedule,
    // The runtime's publisher writes to this service's outbox, so its relay sends the events.
    {
      provide: EventPublisher,
      inject: [KafkaRuntime],
      useFactory: (k: KafkaRuntime) => k.publisher,
    },
  ],
})
export class SnapshotModule {}
