import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  LIGHTSPEED_CLIENT,
  PRIMA_CLIENT,
  SITOO_CLIENT,
  type CataloguePort,
  type LightspeedClient,
  type PrimaClient,
  type SitooClient,
} from '@parity/connectors';
import { DocumentRuntimeModule } from '@parity/documents';
import { catalogueDocumentTypes } from '../catalogue/catalogue-documents';
import { CatalogueReadiness } from '../catalogue/catalogue-readiness';
import { InventoryWorld } from '../depots/inventory-world';
import type { InventorySettings } from '../inventory.config';
import { pushDocumentTypes } from '../push/push-documents';
import { CATALOGUE_PORTS, INVENTORY_SETTINGS } from '../tokens';

/**
 * Inventory's one document runtime: available-to-sell pushes to Prima and the tills, and the
 * item master into every WMS and till. The catalogue's answers reach the ledger and the
 * pushes, which ask this runtime for documents themselves, so its readiness is looked up at
 * use rather than injected.
 */
@Module({
  imports: [
    DocumentRuntimeModule.forRoot({
      inject: [
        INVENTORY_SETTINGS,
        InventoryWorld,
        PRIMA_CLIENT,
        SITOO_CLIENT,
        LIGHTSPEED_CLIENT,
        CATALOGUE_PORTS,
        ModuleRef,
      ],
      useFactory: (
        settings: InventorySettings,
        world: InventoryWorld,
        prima: PrimaClient | undefined,
        sitoo: SitooClient | undefined,
        lightspeed: LightspeedClient | undefined,
        cataloguePorts: readonly CataloguePort[],
        modules: ModuleRef,
      ) => ({
        types: [
          ...pushDocumentTypes({ prima, sitoo, lightspeed }, () => world.current(), settings.push),
          ...catalogueDocumentTypes(cataloguePorts, settings.catalogue, () =>
            modules.get(CatalogueReadiness, { strict: false }),
          ),
        ],
        options: { schema: 'inventory', pollMs: settings.push.cadence.pollMs },
      }),
    }),
  ],
})
export class InventoryDocumentsModule {}
