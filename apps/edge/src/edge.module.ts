import { Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import {
  LIGHTSPEED_CLIENT,
  PRIMA_CLIENT,
  SITOO_CLIENT,
  VendorClientsModule,
} from '@parity/connectors';
import { PLATFORM_CONFIG } from '@parity/service';
import { raw } from 'express';
import { DataSource } from 'typeorm';
import type { EdgeConfig } from './edge.config';
import { IngestModule } from './ingest/ingest.module';
import { POLL_SOURCES, PollScheduler } from './ingest/poll-scheduler';
import { pollSourcesFor } from './poll-sources';
import { ClarusWebhooksController } from './vendors/clarus/clarus-webhooks.controller';
import { PeoplevoxCallbacksController } from './vendors/peoplevox/peoplevox-callbacks.controller';
import { SitooEventsController } from './vendors/sitoo/sitoo-events.controller';

/**
 * Edge: the only service facing the vendors. Webhooks and callbacks arrive under /hooks/<vendor>
 * as raw bytes (archived exactly as sent, parsed by the vendor's normaliser); pollers read the
 * vendors without webhooks. Everything leaves as canonical Avro events through the outbox.
 */
@Module({
  imports: [
    // The vendors edge polls. Lightspeed's is edge's own OAuth client, its rotating pair in
    // edge.vendor_tokens; only the poll leader refreshes it (the round holds the source's
    // advisory lock), which makes it the single owner of rotation Lightspeed requires.
    VendorClientsModule.forRoot({
      inject: [PLATFORM_CONFIG, DataSource],
      useFactory: ({ vendors }: EdgeConfig, db: DataSource) => ({
        connections: {
          prima: vendors.prima?.api,
          sitoo: vendors.sitoo?.api,
          lightspeed: vendors.lightspeed,
        },
        lightspeedTokens: { db, table: 'edge.vendor_tokens' },
      }),
    }),
    IngestModule,
  ],
  controllers: [PeoplevoxCallbacksController, ClarusWebhooksController, SitooEventsController],
  providers: [
    PollScheduler,
    {
      provide: POLL_SOURCES,
      inject: [PLATFORM_CONFIG, PRIMA_CLIENT, SITOO_CLIENT, LIGHTSPEED_CLIENT],
      useFactory: pollSourcesFor,
    },
  ],
})
export class EdgeModule implements NestModule {
  constructor(@Inject(PLATFORM_CONFIG) private readonly config: EdgeConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(raw({ type: () => true, limit: this.config.edge.bodyLimit }))
      .forRoutes('hooks/*path');
    // Peoplevox callbacks are GETs whose data is the query string; raw() leaves those alone.
  }
}
