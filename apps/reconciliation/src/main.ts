// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { ExceptionLedger1764000000000 } from './exceptions/exception-ledger.migration';
import { serveOpenApi } from './openapi';
import { StockParity1764000001000 } from './parity/stock-parity.migration';
import { loadReconciliationConfig } from './reconciliation.config';
import { ReconciliationModule } from './reconciliation.module';
import { WorldModel1764000002000 } from './world/world.migration';

void runService({
  loadConfig: loadReconciliationConfig,
  module: ReconciliationModule,
  storage: {
    schema: 'reconciliation',
    migrations: [ExceptionLedger1764000000000, StockParity1764000001000, WorldModel1764000002000],
  },
  configureApp: serveOpenApi,
});
