import { z } from 'zod';
import { PayloadRejected } from '../../ingest/canonical-event';
import type { Normaliser } from '../../ingest/ingestor';
import { normaliseLightspeedSale, type LightspeedAccountSettings } from './lightspeed-sale.mapper';

/** The archived body of one polled sale: the Sale and what the poller read alongside it. */
const polledBody = z.object({
  sale: z.unknown(),
  shopTimeZone: z.string().min(1),
  originalSales: z.array(z.unknown()).default([]),
});

/**
 * The `lightspeed.sale` channel's normaliser for the poll scheduler: the poller archives
 * `{sale, shopTimeZone, originalSales}` as JSON, and this reads it back into a PosSale.
 */
export function lightspeedSaleNormaliser(account: LightspeedAccountSettings): Normaliser {
  return (delivery, context) => {
    let body: unknown;
    try {
      body = JSON.parse(delivery.body.toString('utf8'));
    } catch {
      body = undefined;
    }
    const parsed = polledBody.safeParse(body);
    if (!parsed.success) {
      throw new PayloadRejected(
        'LIGHTSPEED.PAYLOAD_INVALID',
        'A polled Lightspeed sale was archived without its sale and shop time zone',
        {
          type: 'PAYLOAD_INVALID',
          entityType: 'POS_SALE',
          entityId: 'lightspeed',
        },
      );
    }
    return normaliseLightspeedSale(parsed.data, context, account);
  };
}
