import { Module } from '@nestjs/common';
import { CatalogueRepository } from './catalogue.repository';

/** The catalogue's tables, read by the pushes too (may a till's figure go yet?). */
@Module({ providers: [CatalogueRepository], exports: [CatalogueRepository] })
export class CatalogueStoreModule {}
