// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { loadInventoryConfig } from './inventory.config';
import { InventoryModule } from './inventory.module';

void runService({
  loadConfig: loadInventoryConfig,
  module: InventoryModule,
  storage: { schema: 'inventory' },
});
