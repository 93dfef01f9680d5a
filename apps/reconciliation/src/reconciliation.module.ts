import { Module } from '@nestjs/common';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { StockParityModule } from './parity/stock-parity.module';
import { SweepModule } from './sweep/sweep.module';
import { WorldModelModule } from './world/world.module';

/** Reconciliation: the exception ledger, the stock-parity view, the snapshot sweep and the world model. */
@Module({ imports: [ExceptionsModule, StockParityModule, SweepModule, WorldModelModule] })
export class ReconciliationModule {}
