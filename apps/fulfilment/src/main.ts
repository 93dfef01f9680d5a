// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { loadFulfilmentConfig } from './fulfilment.config';
import { FulfilmentModule } from './fulfilment.module';

void runService({
  loadConfig: loadFulfilmentConfig,
  module: FulfilmentModule,
  storage: { schema: 'fulfilment' },
});
