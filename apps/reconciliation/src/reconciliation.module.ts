import { Module } from '@nestjs/common';
import { VendorClientsModule } from '@parity/connectors';
import { PLATFORM_CONFIG } from '@parity/service';
import type { ReconciliationConfig } from './reconciliation.config';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { StockParityModule } from './parity/stock-parity.module';
import { SweepModule } from './sweep/sweep.module';
import { WorldModelModule } from './world/world.module';

/** Reconciliation: the exception ledger, the stock-parity view, the snapshot sweep and the world model. */
@Module({
  imports: [
    // The sweep reads the WMSs, Prima and Sitoo; reconciliation keeps no Lightspeed tokens.
    VendorClientsModule.forRoot({
      inject: [PLATFORM_CONFIG],
      useFactory: ({ vendors: { lightspeed: _, ...swept } }: ReconciliationConfig) => ({
        connections: swept,
      }),
    }),
    ExceptionsModule,
    StockParityModule,
    SweepModule,
    WorldModelModule,
  ],
})
export class ReconciliationModule {}
