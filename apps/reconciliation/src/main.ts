// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { loadReconciliationConfig } from './reconciliation.config';
import { ReconciliationModule } from './reconciliation.module';

void runService({
  loadConfig: loadReconciliationConfig,
  module: ReconciliationModule,
  storage: { schema: 'reconciliation' },
});
