import { PrimaRestClient } from '@parity/connectors';
import type { PrimaSettings } from '../../edge.config';
import type { CanonicalEvent, NormaliseContext } from '../../ingest/canonical-event';
import type { InboundDelivery } from '../../ingest/inbound-delivery';
import { jsonBodyOf } from '../../ingest/json-body';
import type { PollPage, PollSource } from '../../ingest/poll-scheduler';
import { normalisePrimaItem } from './prima-item.mapper';
import { normalisePrimaPurchaseOrder } from './prima-purchase-order.mapper';
import { normalisePrimaSalesOrder } from './prima-sales-order.mapper';

/** Where a first poll starts when no cursor is stored: the feed's beginning. */
const EPOCH = '1970-01-01T00:00:00.000Z';
const PAGE = 100;

/**
 * Prima announces nothing (no webhooks [ASSUMED]): edge reads its change feeds with
 * `modifiedSince`, one poller each for items, sales orders and purchase orders. The feed is
 * inclusive of the cursor, so the last record read comes again next round and is recognised
 * by its archive key (id and modifiedAt); nothing changed at the same instant is skipped.
 */
export function primaPollSources(settings: PrimaSettings): PollSource[] {
  const prima = new PrimaRestClient(settings.api);
  const source = <R extends { readonly modifiedAt: string }>(
    feed: string,
    read: (since: string) => AsyncIterable<R>,
    idOf: (record: R) => string,
    normalise: (record: unknown, ctx: NormaliseContext) => CanonicalEvent[],
  ): PollSource => ({
    name: `prima.${feed}.${settings.api.companyId}`,
    vendor: 'prima',
    intervalMs: settings.pollIntervalMs,
    normalise: (delivery, ctx) =>
      normalise(
        jsonBodyOf(delivery, {
          type: 'PAYLOAD_INVALID',
          team: 'DATA',
          entityType: 'CONNECTOR',
          entityId: `prima/${feed}`,
        }),
        ctx,
      ),
    async next(cursor): Promise<PollPage> {
      const from = cursor ?? EPOCH;
      const deliveries: InboundDelivery[] = [];
      let latest = from;
      for await (const record of read(from)) {
        deliveries.push({
          vendor: 'prima',
          channel: `prima.${feed}`,
          dedupeKey: `${settings.api.companyId}:${idOf(record)}:${record.modifiedAt}`,
          body: Buffer.from(JSON.stringify(record)),
          contentType: 'application/json',
          headers: {},
          receivedAt: new Date(),
        });
        if (Date.parse(record.modifiedAt) > Date.parse(latest)) latest = record.modifiedAt;
        if (deliveries.length === PAGE) break;
      }
      // A full page of records all at the cursor's instant cannot advance it: wait, not spin.
      const more = deliveries.length === PAGE && Date.parse(latest) > Date.parse(from);
      return { deliveries, cursor: latest, more };
    },
  });
  return [
    source(
      'items',
      (since) => prima.itemsModifiedSince(since),
      (i) => i.itemCode,
      normalisePrimaItem,
    ),
    source(
      'sales-orders',
      (since) => prima.salesOrdersModifiedSince(since),
      (o) => o.orderNumber,
      normalisePrimaSalesOrder,
    ),
    source(
      'purchase-orders',
      (since) => prima.purchaseOrdersModifiedSince(since),
      (po) => po.poNumber,
      normalisePrimaPurchaseOrder,
    ),
  ];
}
