import { Module } from '@nestjs/common';
import { EventPublisher, KafkaRuntime } from '@parity/kafka';
import { ErpStockLevelHandler } from './erp-stock-level.handler';
import { LagWatch } from './lag-watch';
import { PushQueueModule } from './push-queue.module';
import { PushSchedule } from './push-schedule';
import { SyncLagAlerts } from './sync-lag';

/**
 * Available-to-sell out to Prima and the tills (Prima's own figures for its store depots, from
 * erp.stock-levels.v1, to their tills): drains the push queue per target, records
 * what each target acknowledged (inventory.sync-acks.v1), measures sync lag and raises
 * SYNC_LAG_EXCEEDED past its threshold.
 */
@Module({
  imports: [PushQueueModule],
  providers: [
    PushSchedule,
    ErpStockLevelHandler,
    SyncLagAlerts,
    LagWatch,
    // The runtime's publisher writes to this service's outbox, so its relay sends the events.
    {
      provide: EventPublisher,
      inject: [KafkaRuntime],
      useFactory: (k: KafkaRuntime) => k.publisher,
    },
  ],
})
export class PushModule {}
