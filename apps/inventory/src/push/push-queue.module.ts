import { Module } from '@nestjs/common';
import { CatalogueStoreModule } from '../catalogue/catalogue-store.module';
import { PushQueueRepository } from './push-queue.repository';

/** The push queue, filled by the ledger (warehouse figures) and Prima's store figures (erp.stock-levels.v1). */
@Module({
  imports: [CatalogueStoreModule],
  providers: [PushQueueRepository],
  exports: [PushQueueRepository],
})
export class PushQueueModule {}
