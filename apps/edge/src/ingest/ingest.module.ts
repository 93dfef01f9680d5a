import { Global, Module } from '@nestjs/common';
import { WorldModelProvider, WorldModule } from '@parity/world';
import { Ingestor } from './ingestor';
import { LOCATION_MAP, NON_STOCK_ITEMS } from './tokens';
import { WebhookReceiver } from './webhook-receiver';
import { worldLocationMap } from './world-locations';
import { worldNonStockItems } from './world-non-stock-items';

/** The vendor-independent ingestion core every vendor module uses. */
@Global()
@Module({
  imports: [WorldModule],
  providers: [
    { provide: LOCATION_MAP, inject: [WorldModelProvider], useFactory: worldLocationMap },
    { provide: NON_STOCK_ITEMS, inject: [WorldModelProvider], useFactory: worldNonStockItems },
    Ingestor,
    WebhookReceiver,
  ],
  exports: [Ingestor, WebhookReceiver, LOCATION_MAP, NON_STOCK_ITEMS],
})
export class IngestModule {}
