// Tracing starts first so that everything below is loaded already instrumented.
import '@parity/telemetry/register';
import { runService } from '@parity/service';
import { loadOrdersConfig } from './orders.config';
import { OrdersModule } from './orders.module';

void runService({
  loadConfig: loadOrdersConfig,
  module: OrdersModule,
  storage: { schema: 'orders' },
});
