// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { documentOutcomes, documentRuntimeTables } from '@parity/documents';
import { InventoryCatalogue1765200000000 } from './catalogue/catalogue.migration';
import { InventoryCatalogueStyles1765400000000 } from './catalogue/catalogue-styles.migration';
import { loadInventoryConfig } from './inventory.config';
import { InventoryModule } from './inventory.module';
import { InventoryTables1763900000000 } from './ledger/inventory-tables.migration';
import { InventoryBaselinesAndQueueCleanup1764200000000 } from './ledger/baselines-and-queue-cleanup.migration';
import { InventoryOrderReservations1764100000000 } from './pending/order-reservations.migration';
import { InventoryPrimaStockCursorsDropped1764300000000 } from './push/prima-stock-cursors-dropped.migration';
import { InventoryPushTables1764000000000 } from './push/push-tables.migration';
import { InventoryPushesAsDocuments1765100000000 } from './push/pushes-as-documents.migration';

void runService({
  loadConfig: loadInventoryConfig,
  module: InventoryModule,
  // Measured with `npm run bench -- inventory` (docs/benchmarks.md): the ledger's handler waits
  // on nothing but PostgreSQL, so one lane per partition and every partition at once is fastest.
  runtime: {
    lanesPerPartition: 1,
    partitionsConcurrently: 12,
    relayBatchSize: 5_000,
    databasePoolSize: 16,
  },
  storage: {
    schema: 'inventory',
    migrations: [
      InventoryTables1763900000000,
      InventoryPushTables1764000000000,
      InventoryOrderReservations1764100000000,
      InventoryBaselinesAndQueueCleanup1764200000000,
      InventoryPrimaStockCursorsDropped1764300000000,
      documentRuntimeTables('inventory'),
      InventoryPushesAsDocuments1765100000000,
      InventoryCatalogue1765200000000,
      documentOutcomes('inventory'),
      InventoryCatalogueStyles1765400000000,
    ],
  },
});
