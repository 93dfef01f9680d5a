import { Module } from '@nestjs/common';
import { DocumentRuntimeModule } from '@parity/documents';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS, VENDOR_CLIENTS } from '../tokens';
import type { VendorClients } from '../vendors/vendor-clients';
import { pushDocumentTypes } from './push-documents';
import { PushQueueModule } from './push-queue.module';
import { PushSchedule } from './push-schedule';

/**
 * Available-to-sell out to Prima and the tills, as documents of the document runtime: one
 * latest-wins push per target × depot × SKU, its answers as SyncAcks, sync lag measured and
 * SYNC_LAG_EXCEEDED raised past its threshold.
 */
@Module({
  imports: [
    DocumentRuntimeModule.forRoot({
      inject: [INVENTORY_SETTINGS, VENDOR_CLIENTS],
      useFactory: (settings: InventorySettings, clients: VendorClients) => ({
        types: pushDocumentTypes(clients, settings.depots, settings.push),
        options: { schema: 'inventory', pollMs: settings.push.cadence.pollMs },
      }),
    }),
    PushQueueModule,
  ],
  providers: [PushSchedule],
})
export class PushModule {}
