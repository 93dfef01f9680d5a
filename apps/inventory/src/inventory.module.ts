import { Global, Module } from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import { DataSource } from 'typeorm';
import type { InventoryConfig } from './inventory.config';
import { LedgerModule } from './ledger/ledger.module';
import { PushModule } from './push/push.module';
import { SnapshotModule } from './snapshot/snapshot.module';
import { INVENTORY_SETTINGS, VENDOR_CLIENTS } from './tokens';
import { vendorClientsOf } from './vendors/vendor-clients';

/** Inventory: stock ledger per SKU x depot, available-to-sell, and its pushes to Prima and the tills. */
@Global()
@Module({
  imports: [LedgerModule, SnapshotModule, PushModule],
  providers: [
    {
      provide: INVENTORY_SETTINGS,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: InventoryConfig) => config.inventory,
    },
    {
      provide: VENDOR_CLIENTS,
      inject: [PLATFORM_CONFIG, DataSource],
      useFactory: (config: InventoryConfig, db: DataSource) =>
        vendorClientsOf(config.inventory.vendors, db),
    },
  ],
  exports: [INVENTORY_SETTINGS, VENDOR_CLIENTS],
})
export class InventoryModule {}
