import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { PushQueueModule } from '../push/push-queue.module';
import { CatalogueReadiness } from './catalogue-readiness';
import { CatalogueStoreModule } from './catalogue-store.module';
import { ItemMasterHandler } from './item-master.handler';

/** Prima's item master into every WMS and till, and each SKU sellable once it is everywhere. */
@Module({
  imports: [CatalogueStoreModule, LedgerModule, PushQueueModule],
  providers: [ItemMasterHandler, CatalogueReadiness],
  exports: [CatalogueReadiness],
})
export class CatalogueModule {}
