import { Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import { raw } from 'express';
import type { EdgeConfig } from './edge.config';
import { IngestModule } from './ingest/ingest.module';
import { POLL_SOURCES, PollScheduler, type PollSource } from './ingest/poll-scheduler';

/**
 * Edge: the only service facing the vendors. Webhooks and callbacks arrive under /hooks/<vendor>
 * as raw bytes (archived exactly as sent, parsed by the vendor's normaliser); pollers read the
 * vendors without webhooks. Everything leaves as canonical Avro events through the outbox.
 */
@Module({
  imports: [IngestModule],
  providers: [
    PollScheduler,
    {
      provide: POLL_SOURCES,
      useFactory: (): PollSource[] => [],
    },
  ],
})
export class EdgeModule implements NestModule {
  constructor(@Inject(PLATFORM_CONFIG) private readonly config: EdgeConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(raw({ type: () => true, limit: this.config.edge.bodyLimit }))
      .forRoutes('hooks/*path');
  }
}
