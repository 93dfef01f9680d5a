import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import type { Request, Response } from 'express';
import { allOf, ipAllowList, pathSecret, type AuthCheck } from '../../auth/authenticity';
import type { ClarusSettings, EdgeConfig } from '../../edge.config';
import { jsonBodyOf } from '../../ingest/json-body';
import { WebhookReceiver, type WebhookRoute } from '../../ingest/webhook-receiver';
import { CLARUS_TRIGGERS } from './clarus-payload';
import { verifyClarusHeaders } from './clarus-headers';
import { normaliseClarusWebhook } from './normalise-clarus-webhook';

/**
 * Clarus Automations post the full record to the URL configured per trigger:
 * `/hooks/clarus/<secret>/<trigger>`. Clarus cannot sign them, so the secret in the path, the
 * X-ClarusWMS-* headers of our domain and automations, and optionally the sender's address
 * are checked together.
 */
@Controller('hooks/clarus')
export class ClarusWebhooksController {
  private readonly settings: ClarusSettings | undefined;
  private readonly authenticate: AuthCheck | undefined;

  constructor(
    private readonly receiver: WebhookReceiver,
    @Inject(PLATFORM_CONFIG) config: EdgeConfig,
  ) {
    this.settings = config.vendors.clarus;
    const settings = this.settings;
    if (!settings) return;
    this.authenticate = allOf(
      pathSecret(settings.webhookSecret),
      ({ headers }) => {
        const check = verifyClarusHeaders(headers, settings);
        return check.ok ? undefined : `${check.header} ${check.reason}`;
      },
      settings.allowedIps && ipAllowList(settings.allowedIps),
    );
  }

  @Post(':secret/:trigger')
  async receive(
    @Param('trigger') trigger: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!this.authenticate) {
      response.status(404).json({ error: 'Clarus is not enabled on this edge' });
      return;
    }
    await this.receiver.receive(this.route(trigger, this.authenticate), request, response);
  }

  private route(trigger: string, authenticate: AuthCheck): WebhookRoute {
    // Channels label metrics: an unknown trigger is archived under one bounded name.
    const known = (CLARUS_TRIGGERS as readonly string[]).includes(trigger);
    return {
      vendor: 'clarus',
      channel: `clarus.${known ? trigger : 'unknown-trigger'}`,
      authenticate,
      normalise: (delivery, ctx) =>
        normaliseClarusWebhook(
          trigger,
          jsonBodyOf(delivery, {
            type: 'PAYLOAD_INVALID',
            entityType: 'CONNECTOR',
            entityId: 'clarus',
          }),
          ctx,
        ),
    };
  }
}
