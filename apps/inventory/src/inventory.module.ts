import { Global, Module } from '@nestjs/common';
import { VendorClientsModule } from '@parity/connectors';
import { PLATFORM_CONFIG } from '@parity/service';
import { WorldModule } from '@parity/world';
import { DataSource } from 'typeorm';
import { InventoryWorld } from './depots/inventory-world';
import type { InventoryConfig } from './inventory.config';
import { LedgerModule } from './ledger/ledger.module';
import { PushModule } from './push/push.module';
import { SnapshotModule } from './snapshot/snapshot.module';
import { INVENTORY_SETTINGS } from './tokens';

/**
 * Inventory: stock ledger per SKU x depot, available-to-sell, and its pushes to Prima and the
 * tills. Its depots (owners, WMS locations, pushes) are the world model's (InventoryWorld).
 */
@Global()
@Module({
  imports: [
    WorldModule,
    // One client per vendor inventory pushes to or reads from, so pushes and snapshot reads
    // share a vendor's rate budget. Lightspeed's is inventory's own OAuth client, its rotating
    // pair in inventory.vendor_tokens (edge rotates its own client's pair in edge's table).
    VendorClientsModule.forRoot({
      inject: [PLATFORM_CONFIG, DataSource],
      useFactory: (config: InventoryConfig, db: DataSource) => ({
        connections: config.inventory.vendors,
        lightspeedTokens: { db, table: 'inventory.vendor_tokens' },
      }),
    }),
    LedgerModule,
    SnapshotModule,
    PushModule,
  ],
  providers: [
    {
      provide: INVENTORY_SETTINGS,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: InventoryConfig) => config.inventory,
    },
    InventoryWorld,
  ],
  exports: [INVENTORY_SETTINGS, InventoryWorld],
})
export class InventoryModule {}
