import type { SitooClient } from '@parity/connectors';
import type { SitooSettings } from '../../edge.config';
import { jsonBodyOf } from '../../ingest/json-body';
import type { PollPage, PollSource } from '../../ingest/poll-scheduler';
import { mapSitooOrder } from './sitoo-sale.mapper';

/** One cursor per Sitoo account: order ids are the account's own sequence. */
export function sitooOrdersPoller(accountId: string): string {
  return `sitoo.orders.${accountId}`;
}

const PAGE = 100;

/**
 * Sitoo's events are thin (an order id, no order), so edge reads the orders themselves in id
 * order: Sitoo's order ids only grow, which makes the last id read a cursor that cannot skip
 * one. The events push wakes this poller; the interval is the safety net for a lost push.
 */
export function sitooOrdersPollSource(settings: SitooSettings, sitoo: SitooClient): PollSource {
  return {
    name: sitooOrdersPoller(settings.api.accountId),
    vendor: 'sitoo',
    intervalMs: settings.pollIntervalMs,
    normalise: (delivery, ctx) =>
      mapSitooOrder(
        jsonBodyOf(delivery, {
          type: 'PAYLOAD_INVALID',
          entityType: 'POS_SALE',
          entityId: delivery.dedupeKey ?? 'sitoo-order',
        }),
        ctx,
        {
          accountTimeZone: settings.accountTimeZone,
          taxCodeFor: (basisPoints) => settings.taxCodes[String(basisPoints)],
        },
      ),
    async next(cursor): Promise<PollPage> {
      let last = Number(cursor ?? 0);
      const deliveries = [];
      for await (const order of sitoo.ordersAfter(last)) {
        deliveries.push({
          vendor: 'sitoo' as const,
          channel: 'sitoo.order',
          dedupeKey: `${settings.api.accountId}:order:${order.orderid}`,
          body: Buffer.from(JSON.stringify(order)),
          contentType: 'application/json',
          headers: {},
          receivedAt: new Date(),
        });
        last = order.orderid;
        if (deliveries.length === PAGE) break;
      }
      return { deliveries, cursor: String(last), more: deliveries.length === PAGE };
    },
  };
}
