import { Module } from '@nestjs/common';
import { PushQueueModule } from '../push/push-queue.module';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';
import { StockMovementHandler } from './stock-movement.handler';

/** Stock movements to the ledger and availability events. */
@Module({
  imports: [PushQueueModule],
  providers: [LedgerRepository, LedgerService, StockMovementHandler],
  exports: [LedgerService],
})
export class LedgerModule {}
