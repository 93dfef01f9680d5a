// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { loadEdgeConfig } from './edge.config';
import { EdgeModule } from './edge.module';
import { EdgeTables1763800000000 } from './ingest/edge-tables.migration';

void runService({
  loadConfig: loadEdgeConfig,
  module: EdgeModule,
  storage: { schema: 'edge', migrations: [EdgeTables1763800000000] },
  // Vendor payloads are archived byte for byte; edge's routes read the raw body themselves.
  bodyParser: false,
});
