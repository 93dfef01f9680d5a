import { Module } from '@nestjs/common';
import { ErpStockLevelHandler } from './erp-stock-level.handler';
import { PushQueueModule } from './push-queue.module';
import { PushSchedule } from './push-schedule';

/**
 * Available-to-sell out to Prima and the tills (Prima's own figures for its store depots, from
 * erp.stock-levels.v1, to their tills), as documents of inventory's document runtime
 * (documents/inventory-documents.module.ts): one latest-wins push per target × depot × SKU,
 * its answers as SyncAcks, sync lag measured and SYNC_LAG_EXCEEDED raised past its threshold.
 */
@Module({
  imports: [PushQueueModule],
  providers: [PushSchedule, ErpStockLevelHandler],
})
export class PushModule {}
