import { Topics, type GoodsReceiptLine } from '@parity/contracts';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { clarusHeader, depotOf, parseClarus, peekString } from './clarus-payload';
import { goodsInCompleted, type GoodsInCompleted } from './clarus-webhook.schemas';

/**
 * "Goods in receipt completed and put away" → one GoodsReceipt keyed by the PO number Clarus
 * holds as the receipt's reference. A reference no Prima PO has still becomes an event:
 * fulfilment checks receipts against POs and raises ORPHAN_RECEIPT, edge only translates.
 */
export function clarusGoodsInCompleted(payload: unknown, ctx: NormaliseContext): CanonicalEvent[] {
  const receipt = parseClarus(goodsInCompleted, payload, 'goods-in-completed', {
    entityType: 'PURCHASE_ORDER',
    entityId: peekString(payload, 'reference') ?? 'clarus:goods-in-completed',
  });
  return [
    canonical(Topics.wmsGoodsReceiptsV1, {
      header: clarusHeader(
        'goods-in-completed',
        receipt.id,
        receipt.version,
        receipt.completed_at,
        ctx,
      ),
      poNo: receipt.reference,
      receiptRef: String(receipt.id),
      depot: depotOf(receipt.warehouse, ctx),
      lines: receipt.lines.flatMap(receiptLines),
    }),
  ];
}

/** Goods received straight onto hold are quarantined; the rest is sellable. */
function receiptLines(line: GoodsInCompleted['lines'][number]): GoodsReceiptLine[] {
  const base = {
    poLineNo: line.line_number ?? null,
    sku: line.product.external_system_reference1,
    quantityScale: 0,
  };
  const sellable = line.received_quantity - line.on_hold_quantity;
  return [
    ...(sellable > 0 ? [{ ...base, quantity: sellable, condition: 'SELLABLE' as const }] : []),
    ...(line.on_hold_quantity > 0
      ? [{ ...base, quantity: line.on_hold_quantity, condition: 'QUARANTINE' as const }]
      : []),
  ];
}
