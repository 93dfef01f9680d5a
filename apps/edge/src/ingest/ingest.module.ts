import { Global, Module } from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import type { EdgeConfig } from '../edge.config';
import { locationMapOf } from './configured-locations';
import { Ingestor } from './ingestor';
import { EDGE_LOCATIONS } from './tokens';
import { WebhookReceiver } from './webhook-receiver';

/** The vendor-independent ingestion core every vendor module uses. */
@Global()
@Module({
  providers: [
    {
      provide: EDGE_LOCATIONS,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: EdgeConfig) => locationMapOf(config.edge.locations),
    },
    Ingestor,
    WebhookReceiver,
  ],
  exports: [Ingestor, WebhookReceiver, EDGE_LOCATIONS],
})
export class IngestModule {}
