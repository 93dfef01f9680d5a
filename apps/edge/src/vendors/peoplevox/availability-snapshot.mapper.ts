import { Topics } from '@parity/contracts';
import { z } from 'zod';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import type { CallbackParams } from './callback-params';
import {
  depotFor,
  firstOf,
  one,
  parseCallback,
  peoplevoxHeader,
  ukTime,
  wholeNumber,
} from './callback-fields';

const schema = z
  .object({
    ItemCode: one,
    Available: wholeNumber,
    OnHand: wholeNumber,
    Allocated: wholeNumber,
    SiteReference: one,
    HistoryId: wholeNumber,
    Timestamp: ukTime,
  })
  .refine((p) => p.Available === p.OnHand - p.Allocated, 'Available is not OnHand − Allocated');

/**
 * AvailabilityChanges carries Peoplevox's absolute figures for an item at a site, so it is a
 * SNAPSHOT movement: inventory re-baselines from `levels` rather than adding a delta.
 *
 * sourceSequence: Peoplevox's event timestamp has only minute resolution, so several changes
 * in one minute would tie. The HistoryId of the item movement behind the change (the "History
 * Id" of the Item movement history report) increases with every movement in the account, so
 * it is strictly increasing per SKU and site as the schema requires.
 */
export function availabilitySnapshot(
  params: CallbackParams,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  const p = parseCallback(schema, params, {
    entityType: 'SKU',
    entityId: firstOf(params, 'ItemCode'),
  });
  const depot = depotFor(p.SiteReference, ctx);
  return [
    canonical(Topics.wmsStockMovementsV1, {
      header: peoplevoxHeader(
        `peoplevox:AvailabilityChanges:${p.SiteReference}:${p.ItemCode}:${p.HistoryId}`,
        p.Timestamp,
        ctx,
      ),
      sku: p.ItemCode,
      depot,
      kind: 'SNAPSHOT',
      sourceSequence: p.HistoryId,
      quantity: 0,
      quantityScale: 0,
      condition: 'SELLABLE',
      orderNo: null,
      poNo: null,
      reasonCode: null,
      // Peoplevox's stock model has no quarantine: Available is simply OnHand − Allocated.
      levels: { onHand: p.OnHand, allocated: p.Allocated, quarantined: 0 },
    }),
  ];
}
