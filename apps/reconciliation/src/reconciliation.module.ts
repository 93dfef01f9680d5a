import { Module } from '@nestjs/common';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { StockParityModule } from './parity/stock-parity.module';
import { SweepModule } from './sweep/sweep.module';

/** Reconciliation: the exception ledger, the stock-parity view and the snapshot sweep. */
@Module({ imports: [ExceptionsModule, StockParityModule, SweepModule] })
export class ReconciliationModule {}
