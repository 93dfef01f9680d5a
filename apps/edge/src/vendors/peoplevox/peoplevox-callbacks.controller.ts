import { All, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { peoplevoxCallbackEventFor } from '@parity/connectors';
import { PLATFORM_CONFIG } from '@parity/service';
import type { Request, Response } from 'express';
import { allOf, ipAllowList, pathSecret, type AuthCheck } from '../../auth/authenticity';
import { PayloadRejected } from '../../ingest/canonical-event';
import type { EdgeConfig } from '../../edge.config';
import { WebhookReceiver } from '../../ingest/webhook-receiver';
import { normalisePeoplevoxCallback } from './normalise-peoplevox-callback';

/**
 * Peoplevox subscription callbacks: `/hooks/peoplevox/<secret>/<event path>?<fields>`, the URL
 * templates of PEOPLEVOX_CALLBACK_TEMPLATES with Peoplevox's values substituted. The data is
 * the query string (Peoplevox calls with GET, or POSTs the same parameters as a form), so
 * that is what is archived. Peoplevox signs nothing: the secret path segment and optionally
 * its addresses are the check.
 */
@Controller('hooks/peoplevox')
export class PeoplevoxCallbacksController {
  private readonly authenticate: AuthCheck | undefined;

  constructor(
    private readonly receiver: WebhookReceiver,
    @Inject(PLATFORM_CONFIG) config: EdgeConfig,
  ) {
    const settings = config.vendors.peoplevox;
    if (!settings) return;
    this.authenticate = allOf(
      pathSecret(settings.callbackSecret),
      settings.allowedIps && ipAllowList(settings.allowedIps),
    );
  }

  @All(':secret/:path')
  async receive(
    @Param('path') path: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!this.authenticate) {
      response.status(404).json({ error: 'Peoplevox is not enabled on this edge' });
      return;
    }
    const event = peoplevoxCallbackEventFor(path);
    await this.receiver.receive(
      {
        vendor: 'peoplevox',
        channel: `peoplevox.${event ?? 'unknown-event'}`,
        authenticate: this.authenticate,
        payload: callbackParameters,
        normalise: (delivery, ctx) => {
          if (!event) {
            throw new PayloadRejected(
              'PEOPLEVOX.EVENT_UNKNOWN',
              `Parity registered no Peoplevox callback at /${path}.`,
              {
                type: 'PAYLOAD_INVALID',
                entityType: 'CONNECTOR',
                entityId: 'peoplevox',
              },
            );
          }
          return normalisePeoplevoxCallback(event, delivery.body.toString('utf8'), ctx);
        },
      },
      request,
      response,
    );
  }
}

/** The callback's parameters, undecoded: the URL's query string, or a POSTed form body. */
function callbackParameters(request: Request): Buffer {
  const query = request.originalUrl.split('?')[1];
  if (query) return Buffer.from(query);
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}
