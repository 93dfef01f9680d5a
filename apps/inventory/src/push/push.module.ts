import { Module } from '@nestjs/common';
import {
  LIGHTSPEED_CLIENT,
  PRIMA_CLIENT,
  SITOO_CLIENT,
  type LightspeedClient,
  type PrimaClient,
  type SitooClient,
} from '@parity/connectors';
import { DocumentRuntimeModule } from '@parity/documents';
import type { InventorySettings } from '../inventory.config';
import { InventoryWorld } from '../depots/inventory-world';
import { INVENTORY_SETTINGS } from '../tokens';
import { ErpStockLevelHandler } from './erp-stock-level.handler';
import { pushDocumentTypes } from './push-documents';
import { PushQueueModule } from './push-queue.module';
import { PushSchedule } from './push-schedule';

/**
 * Available-to-sell out to Prima and the tills (Prima's own figures for its store depots, from
 * erp.stock-levels.v1, to their tills), as documents of the document runtime: one latest-wins
 * push per target × depot × SKU, its answers as SyncAcks, sync lag measured and
 * SYNC_LAG_EXCEEDED raised past its threshold.
 */
@Module({
  imports: [
    DocumentRuntimeModule.forRoot({
      inject: [INVENTORY_SETTINGS, InventoryWorld, PRIMA_CLIENT, SITOO_CLIENT, LIGHTSPEED_CLIENT],
      useFactory: (
        settings: InventorySettings,
        world: InventoryWorld,
        prima: PrimaClient | undefined,
        sitoo: SitooClient | undefined,
        lightspeed: LightspeedClient | undefined,
      ) => ({
        types: pushDocumentTypes(
          { prima, sitoo, lightspeed },
          () => world.current(),
          settings.push,
        ),
        options: { schema: 'inventory', pollMs: settings.push.cadence.pollMs },
      }),
    }),
    PushQueueModule,
  ],
  providers: [PushSchedule, ErpStockLevelHandler],
})
export class PushModule {}
