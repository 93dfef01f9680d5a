import { Global, Module } from '@nestjs/common';
import { WorldModelProvider, WorldModule } from '@parity/world';
import { Ingestor } from './ingestor';
import { LOCATION_MAP } from './tokens';
import { WebhookReceiver } from './webhook-receiver';
import { worldLocationMap } from './world-locations';

/** The vendor-independent ingestion core every vendor module uses. */
@Global()
@Module({
  imports: [WorldModule],
  providers: [
    { provide: LOCATION_MAP, inject: [WorldModelProvider], useFactory: worldLocationMap },
    Ingestor,
    WebhookReceiver,
  ],
  exports: [Ingestor, WebhookReceiver, LOCATION_MAP],
})
export class IngestModule {}
