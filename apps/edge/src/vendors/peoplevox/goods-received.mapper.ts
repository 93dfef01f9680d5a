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
  list,
  one,
  parseCallback,
  peoplevoxHeader,
  sameLength,
  ukTime,
  wholeNumbers,
} from './callback-fields';

const ITEMS = 'Consignments.ConsignmentItemTypes';

const schema = z
  .object({
    GoodsInId: one,
    Reference: one,
    ReconciledDateTime: ukTime,
    SiteReference: one,
    [`${ITEMS}.ItemType.ItemCode`]: list.pipe(z.array(z.string().min(1)).min(1)),
    [`${ITEMS}.Quantity`]: wholeNumbers,
  })
  .refine(
    (p) => sameLength([p[`${ITEMS}.ItemType.ItemCode`], p[`${ITEMS}.Quantity`]]),
    'item codes and quantities differ in number',
  );

/** GoodsReceived: one goods-in (GoodsInId) booked against a purchase order (Reference). */
export function goodsReceipt(params: CallbackParams, ctx: NormaliseContext): CanonicalEvent[] {
  const p = parseCallback(schema, params, {
    entityType: 'GOODS_RECEIPT',
    entityId: firstOf(params, 'GoodsInId'),
  });
  const quantities = p[`${ITEMS}.Quantity`];
  return [
    canonical(Topics.wmsGoodsReceiptsV1, {
      header: peoplevoxHeader(`peoplevox:GoodsReceived:${p.GoodsInId}`, p.ReconciledDateTime, ctx),
      poNo: p.Reference,
      receiptRef: p.GoodsInId,
      depot: depotFor(p.SiteReference, ctx),
      lines: p[`${ITEMS}.ItemType.ItemCode`].map((sku, i) => ({
        poLineNo: null,
        sku,
        quantity: quantities[i] as number,
        quantityScale: 0,
        condition: 'SELLABLE' as const,
      })),
    }),
  ];
}
