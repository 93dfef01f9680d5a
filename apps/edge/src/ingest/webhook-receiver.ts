import { Injectable } from '@nestjs/common';
import type { Vendor } from '@parity/connectors';
import { createLogger, errorFields } from '@parity/telemetry';
import type { Request, Response } from 'express';
import type { AuthCheck } from '../auth/authenticity';
import { RefusalThrottle } from '../auth/refusal-throttle';
import { edgeMetrics } from './edge-metrics';
import { redactHeaders, type InboundDelivery } from './inbound-delivery';
import { Ingestor, type Normaliser } from './ingestor';

export interface WebhookRoute {
  readonly vendor: Vendor;
  readonly channel: string;
  readonly authenticate: AuthCheck;
  readonly normalise: Normaliser;
  /** The vendor's delivery id, when its request carries one, for recognising redeliveries. */
  readonly dedupeKey?: (request: Request) => string | undefined;
  /**
   * The payload as archived: the raw body by default; for vendors that put the data in the
   * callback URL's query string (Peoplevox templates), that query string.
   */
  readonly payload?: (request: Request) => Buffer;
}

const log = createLogger('WebhookReceiver');

/**
 * The shared path of every webhook and callback: authenticity first (401, archived, raised),
 * then archive and validation in the ingestor, then an answer the vendor understands: 200 for
 * accepted and for redeliveries (so the vendor stops retrying), 422 with what is wrong for a
 * rejected payload, 503 when the archive cannot be written (so the vendor retries later).
 */
@Injectable()
export class WebhookReceiver {
  private readonly refusals = new RefusalThrottle();

  constructor(private readonly ingestor: Ingestor) {}

  async receive(route: WebhookRoute, request: Request, response: Response): Promise<void> {
    const started = process.hrtime.bigint();
    const delivery = this.deliveryOf(route, request);
    try {
      const failure = route.authenticate({
        headers: request.headers,
        remoteAddress: request.socket.remoteAddress,
        pathSecret: typeof request.params.secret === 'string' ? request.params.secret : undefined,
      });
      if (failure) {
        const key = `${route.vendor}/${route.channel}`;
        await this.ingestor.refuse(delivery, failure, this.refusals.shouldRaise(key));
        response.status(401).json({ error: 'unauthenticated' });
        return;
      }
      const outcome = await this.ingestor.accept(delivery, route.normalise);
      switch (outcome.outcome) {
        case 'ACCEPTED':
          response.status(200).json({ status: 'accepted', archiveId: outcome.archiveId });
          return;
        case 'DUPLICATE':
          response.status(200).json({ status: 'duplicate', archiveId: outcome.archiveId });
          return;
        case 'REJECTED':
          response.status(422).json({
            error: outcome.rejection.code,
            message: outcome.rejection.message,
            archiveId: outcome.archiveId,
          });
          return;
        case 'UNAUTHENTICATED':
          response.status(401).json({ error: 'unauthenticated' });
          return;
      }
    } catch (error) {
      log.error('edge.webhook.failed', {
        vendor: route.vendor,
        channel: route.channel,
        ...errorFields(error),
      });
      response.status(503).set('Retry-After', '5').json({ error: 'temporarily unavailable' });
    } finally {
      edgeMetrics.ackSeconds.observe(
        { vendor: route.vendor },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    }
  }

  private deliveryOf(route: WebhookRoute, request: Request): InboundDelivery {
    return {
      vendor: route.vendor,
      channel: route.channel,
      dedupeKey: route.dedupeKey?.(request),
      body: route.payload?.(request) ?? rawBodyOf(request),
      contentType: request.headers['content-type'] ?? 'application/octet-stream',
      headers: redactHeaders(request.headers),
      remoteAddress: request.socket.remoteAddress,
      receivedAt: new Date(),
    };
  }
}

/** Edge parses no bodies itself: routes under /hooks receive the raw bytes (see EdgeModule). */
function rawBodyOf(request: Request): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}
