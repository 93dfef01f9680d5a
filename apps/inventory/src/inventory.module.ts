import { Global, Module } from '@nestjs/common';
import {
  CLARUS_CLIENT,
  LIGHTSPEED_CLIENT,
  PEOPLEVOX_CLIENT,
  SITOO_CLIENT,
  VendorClientsModule,
  type ClarusClient,
  type LightspeedClient,
  type PeoplevoxClient,
  type SitooClient,
} from '@parity/connectors';
import { PLATFORM_CONFIG } from '@parity/service';
import { WorldModule } from '@parity/world';
import { DataSource } from 'typeorm';
import { CatalogueModule } from './catalogue/catalogue.module';
import { cataloguePortsOf } from './catalogue/catalogue-ports';
import { InventoryWorld } from './depots/inventory-world';
import { InventoryDocumentsModule } from './documents/inventory-documents.module';
import type { InventoryConfig, InventorySettings } from './inventory.config';
import { LedgerModule } from './ledger/ledger.module';
import { PushModule } from './push/push.module';
import { SnapshotModule } from './snapshot/snapshot.module';
import { CATALOGUE_PORTS, INVENTORY_SETTINGS } from './tokens';

/**
 * Inventory: stock ledger per SKU x depot, available-to-sell, and its pushes to Prima and the
 * tills; Prima's item master into every WMS and till (a SKU is sellable once it is in all). Its depots (owners, WMS locations, pushes) are the world model's (InventoryWorld).
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
    InventoryDocumentsModule,
    LedgerModule,
    SnapshotModule,
    PushModule,
    CatalogueModule,
  ],
  providers: [
    {
      provide: INVENTORY_SETTINGS,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: InventoryConfig) => config.inventory,
    },
    InventoryWorld,
    {
      provide: CATALOGUE_PORTS,
      inject: [
        INVENTORY_SETTINGS,
        InventoryWorld,
        PEOPLEVOX_CLIENT,
        CLARUS_CLIENT,
        SITOO_CLIENT,
        LIGHTSPEED_CLIENT,
      ],
      useFactory: (
        settings: InventorySettings,
        world: InventoryWorld,
        peoplevox: PeoplevoxClient | undefined,
        clarus: ClarusClient | undefined,
        sitoo: SitooClient | undefined,
        lightspeed: LightspeedClient | undefined,
      ) => cataloguePortsOf({ peoplevox, clarus, sitoo, lightspeed }, settings.catalogue, world),
    },
  ],
  exports: [INVENTORY_SETTINGS, InventoryWorld, CATALOGUE_PORTS],
})
export class InventoryModule {}
