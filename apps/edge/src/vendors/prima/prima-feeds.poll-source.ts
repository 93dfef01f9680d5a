import type { PrimaClient } from '@parity/connectors';
import type { PrimaSettings } from '../../edge.config';
import type { CanonicalEvent, NormaliseContext } from '../../ingest/canonical-event';
import type { InboundDelivery } from '../../ingest/inbound-delivery';
import { jsonBodyOf } from '../../ingest/json-body';
import type { PollPage, PollSource } from '../../ingest/poll-scheduler';
import { normalisePrimaItem } from './prima-item.mapper';
import { normalisePrimaPurchaseOrder } from './prima-purchase-order.mapper';
import { normalisePrimaSalesOrder } from './prima-sales-order.mapper';
import { normalisePrimaStockLevel } from './prima-stock-level.mapper';

/** Where a first poll starts when no cursor is stored: the feed's beginning. */
const EPOCH = '1970-01-01T00:00:00.000Z';

/** The last instant read and the ids read at exactly that instant. */
interface FeedCursor {
  readonly at: string;
  readonly ids: readonly string[];
}

function readCursor(stored: string | undefined): FeedCursor {
  if (!stored) return { at: EPOCH, ids: [] };
  // Cursors written before ids were kept are a bare timestamp.
  return stored.startsWith('{') ? (JSON.parse(stored) as FeedCursor) : { at: stored, ids: [] };
}

/**
 * Prima announces nothing (no webhooks [ASSUMED]): edge reads its change feeds with
 * `modifiedSince`, one poller each for items, sales orders and purchase orders, and one for the
 * stock of the store depots Prima owns (PRIMA_STOCK_DEPOTS; their tills get Prima's
 * available-to-sell, so it is read more often). The feed is
 * inclusive of the cursor, so the records of the last instant read come again next round and
 * are recognised by their archive key (id and modifiedAt); nothing changed at the same
 * instant is skipped.
 */
export function primaPollSources(settings: PrimaSettings, prima: PrimaClient): PollSource[] {
  const source = <R extends { readonly modifiedAt: string }>(
    feed: string,
    read: (since: string) => AsyncIterable<R>,
    idOf: (record: R) => string,
    normalise: (record: unknown, ctx: NormaliseContext) => CanonicalEvent[],
    intervalMs = settings.pollIntervalMs,
  ): PollSource => ({
    name: `prima.${feed}.${settings.api.companyId}`,
    vendor: 'prima',
    intervalMs,
    normalise: (delivery, ctx) =>
      normalise(
        jsonBodyOf(delivery, {
          type: 'PAYLOAD_INVALID',
          entityType: 'CONNECTOR',
          entityId: `prima/${feed}`,
        }),
        ctx,
      ),
    async next(cursor): Promise<PollPage> {
      const from = readCursor(cursor);
      const deliveries: InboundDelivery[] = [];
      let latest = from;
      for await (const record of read(from.at)) {
        const id = idOf(record);
        const at = Date.parse(record.modifiedAt);
        // The feed includes the cursor's instant: what was read at that instant already is
        // skipped here rather than read, compared and discarded every round.
        if (at === Date.parse(from.at) && from.ids.includes(id)) continue;
        deliveries.push({
          vendor: 'prima',
          channel: `prima.${feed}`,
          dedupeKey: `${settings.api.companyId}:${id}:${record.modifiedAt}`,
          body: Buffer.from(JSON.stringify(record)),
          contentType: 'application/json',
          headers: {},
          receivedAt: new Date(),
        });
        if (at > Date.parse(latest.at)) latest = { at: record.modifiedAt, ids: [id] };
        else if (at === Date.parse(latest.at)) latest = { at: latest.at, ids: [...latest.ids, id] };
      }
      // Everything changed since the cursor in one round: a timestamp is not unique (a bulk
      // import stamps thousands of items alike), so a round that stopped inside one instant
      // could never move past it.
      return { deliveries, cursor: JSON.stringify(latest), more: false };
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
    ...(settings.stockDepots.length > 0
      ? [
          source(
            'stock',
            // One cursor for every store depot: each round reads each depot from it to the end.
            async function* (since) {
              for (const depot of settings.stockDepots)
                yield* prima.stockModifiedSince(since, depot);
            },
            (level) => `${level.depotCode}:${level.itemCode}`,
            normalisePrimaStockLevel,
            settings.stockPollIntervalMs,
          ),
        ]
      : []),
  ];
}
