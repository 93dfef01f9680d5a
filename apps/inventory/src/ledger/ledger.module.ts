import { Module } from '@nestjs/common';
import { ReservationsRepository } from '../pending/reservations.repository';
import { SalesOrderHandler } from '../pending/sales-order.handler';
import { PushQueueModule } from '../push/push-queue.module';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';
import { StockMovementHandler } from './stock-movement.handler';

/** Stock movements and approved orders' pending stock to the ledger and availability events. */
@Module({
  imports: [PushQueueModule],
  providers: [
    LedgerRepository,
    ReservationsRepository,
    LedgerService,
    StockMovementHandler,
    SalesOrderHandler,
  ],
  exports: [LedgerService, LedgerRepository],
})
export class LedgerModule {}
