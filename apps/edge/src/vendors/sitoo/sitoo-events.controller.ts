import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import type { Request, Response } from 'express';
import { allOf, basicAuth, ipAllowList, pathSecret, type AuthCheck } from '../../auth/authenticity';
import type { EdgeConfig } from '../../edge.config';
import { PollScheduler } from '../../ingest/poll-scheduler';
import { WebhookReceiver, type WebhookRoute } from '../../ingest/webhook-receiver';
import { parseSitooEvents } from './sitoo-events.parser';
import { sitooOrdersPoller } from './sitoo-orders.poll-source';

/**
 * Sitoo's events push (`/hooks/sitoo/<secret>/events`, HTTP Basic): batches of up to ten thin
 * events. They are validated and archived as the record of what Sitoo announced, answered at
 * once (Sitoo blocks its whole queue until a batch is acknowledged, within 15 s), and wake the
 * orders poller, which reads the full orders and publishes the sales.
 */
@Controller('hooks/sitoo')
export class SitooEventsController {
  private readonly route: WebhookRoute | undefined;
  private readonly poller: string | undefined;

  constructor(
    private readonly receiver: WebhookReceiver,
    private readonly scheduler: PollScheduler,
    @Inject(PLATFORM_CONFIG) config: EdgeConfig,
  ) {
    const settings = config.vendors.sitoo;
    if (!settings) return;
    this.poller = sitooOrdersPoller(settings.api.accountId);
    const authenticate: AuthCheck = allOf(
      pathSecret(settings.eventsSecret),
      basicAuth(settings.eventsUser, settings.eventsPassword),
      settings.allowedIps && ipAllowList(settings.allowedIps),
    );
    this.route = {
      vendor: 'sitoo',
      channel: 'sitoo.events',
      authenticate,
      normalise: (delivery) => {
        parseSitooEvents(delivery.body.toString('utf8'));
        return []; // thin events announce; the orders poller publishes
      },
    };
  }

  @Post(':secret/events')
  async receive(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.route) {
      response.status(404).json({ error: 'Sitoo is not enabled on this edge' });
      return;
    }
    await this.receiver.receive(this.route, request, response);
    if (response.statusCode === 200 && this.poller) this.scheduler.wake(this.poller);
  }
}
