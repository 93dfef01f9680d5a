import { collect, type LightspeedClient, type LightspeedSale } from '@parity/connectors';
import type { LightspeedSettings } from '../../edge.config';
import type { InboundDelivery } from '../../ingest/inbound-delivery';
import type { PollPage, PollSource } from '../../ingest/poll-scheduler';
import { lightspeedSaleNormaliser } from './lightspeed-sale.normaliser';

/** Where a first poll starts when no cursor is stored: the feed's beginning. */
const EPOCH = '1970-01-01T00:00:00+00:00';

/**
 * Lightspeed R-Series has no webhooks: edge polls each account's sales by `timeStamp`. Each
 * round re-reads an overlap window before the cursor, because a sale committed late can carry
 * a stamp earlier than one already read; re-read sales are recognised by their archive key
 * (sale id and timeStamp) and cost nothing but a little of the account's rate budget. Each
 * sale is archived with its shop's time zone and, for refunds, the sales its returned lines
 * came from, so the archive alone is enough to rebuild the event.
 */
export function lightspeedSalesPollSource(
  settings: LightspeedSettings,
  client: LightspeedClient,
): PollSource {
  const shopTimeZones = new Map<string, string>();

  const timeZoneOf = async (shopId: string): Promise<string> => {
    if (!shopTimeZones.has(shopId)) {
      for (const shop of (await collect(client.shops())).flat()) {
        shopTimeZones.set(shop.shopID, shop.timeZone);
      }
    }
    return shopTimeZones.get(shopId) ?? 'UTC';
  };

  const deliveryOf = async (sale: LightspeedSale): Promise<InboundDelivery> => {
    const returnedFrom = (sale.SaleLines ?? [])
      .map((line) => line.parentSaleLineID)
      .filter((id) => id !== '0');
    const originalSales = await client.salesHoldingLines(returnedFrom);
    const body = { sale, shopTimeZone: await timeZoneOf(sale.shopID), originalSales };
    return {
      vendor: 'lightspeed',
      channel: 'lightspeed.sale',
      dedupeKey: `${settings.accountId}:sale:${sale.saleID}:${sale.timeStamp}`,
      body: Buffer.from(JSON.stringify(body)),
      contentType: 'application/json',
      headers: {},
      receivedAt: new Date(),
    };
  };

  return {
    name: `lightspeed.sales.${settings.accountId}`,
    vendor: 'lightspeed',
    intervalMs: settings.pollIntervalMs,
    normalise: lightspeedSaleNormaliser({
      currency: settings.currency,
      taxCodeFor: (taxClassId) => settings.taxCodes[taxClassId],
    }),
    async next(cursor): Promise<PollPage> {
      const from = cursor ?? EPOCH;
      const since = new Date(Date.parse(from) - settings.overlapMs).toISOString();
      const pages = client.salesSince(since)[Symbol.asyncIterator]();
      const first = await pages.next();
      await pages.return?.();
      const sales = first.done ? [] : first.value;
      const deliveries: InboundDelivery[] = [];
      for (const sale of sales) deliveries.push(await deliveryOf(sale));
      const latest = sales.reduce(
        (max, sale) => (Date.parse(sale.timeStamp) > Date.parse(max) ? sale.timeStamp : max),
        from,
      );
      // A full page means more may follow, unless the page never got past the cursor (a burst
      // of more than a page inside the overlap window): then wait, or this would spin.
      const more = sales.length >= 100 && Date.parse(latest) > Date.parse(from);
      return { deliveries, cursor: latest, more };
    },
  };
}
