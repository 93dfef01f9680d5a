import { Module } from '@nestjs/common';
import { CatalogueRepository } from './catalogue.repository';

/** The catalogue's tables, read by the ledger and the pushes (is a SKU sellable yet?). */
@Module({ providers: [CatalogueRepository], exports: [CatalogueRepository] })
export class CatalogueStoreModule {}
