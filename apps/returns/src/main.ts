// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { loadReturnsConfig } from './returns.config';
import { ReturnsModule } from './returns.module';

void runService({
  loadConfig: loadReturnsConfig,
  module: ReturnsModule,
  storage: { schema: 'returns' },
});
