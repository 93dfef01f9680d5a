import { Module } from '@nestjs/common';
import { ParityQueryRepository } from './parity-query.repository';
import { ParityController } from './parity.controller';
import { ParityRecheck } from './parity-recheck';
import { AvailabilityHandler, StockMovementHandler, SyncAckHandler } from './stock-parity.handlers';
import { StockParityRepository } from './stock-parity.repository';
import { StockParity } from './stock-parity.service';

/** The materialized stock-parity view per depot × SKU, fed by the stock streams, served over HTTP. */
@Module({
  controllers: [ParityController],
  providers: [
    StockParityRepository,
    StockParity,
    ParityRecheck,
    ParityQueryRepository,
    AvailabilityHandler,
    SyncAckHandler,
    StockMovementHandler,
  ],
})
export class StockParityModule {}
