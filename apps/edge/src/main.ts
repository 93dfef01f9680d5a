// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { loadEdgeConfig } from './edge.config';
import { EdgeModule } from './edge.module';

void runService({
  loadConfig: loadEdgeConfig,
  module: EdgeModule,
  storage: { schema: 'edge' },
});
