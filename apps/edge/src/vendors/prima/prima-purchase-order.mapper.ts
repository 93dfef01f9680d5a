import { Topics, type PurchaseOrder, type PurchaseOrderStatus } from '@parity/contracts';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { parsePrimaRecord, primaHeader } from './prima-event';
import { primaPurchaseOrderRecord, type PrimaPurchaseOrderRecord } from './prima-record.schemas';

/** Placed with the supplier and not yet being received: the versions that announce a PO. */
const APPROVED_STATUSES = new Set(['PURCHASED', 'AWAITING_RECEIPT']);

/**
 * A Prima purchase order version → erp.purchase-orders.v1: APPROVED once purchased from the
 * supplier, CANCELLED when withdrawn after that. Receipt progress and orders still being
 * drafted (OUTSTANDING) are not events for Parity.
 */
export function normalisePrimaPurchaseOrder(
  record: unknown,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  const po = parsePrimaRecord(
    primaPurchaseOrderRecord,
    record,
    {
      kind: 'purchase order',
      entityType: 'PURCHASE_ORDER',
      idField: 'poNumber',
    },
    ctx,
  );
  const status = canonicalStatus(po);
  if (!status) return [];
  const value: PurchaseOrder = {
    header: primaHeader('po', po.poNumber, po.modifiedAt, ctx),
    poNo: po.poNumber,
    status,
    supplierRef: po.supplierAccountCode,
    depot: po.depotCode,
    expectedAt: po.expectedDeliveryDate === null ? null : Date.parse(po.expectedDeliveryDate),
    currency: po.currency,
    lines: po.lines.map((line) => ({
      lineNo: line.lineNumber,
      sku: line.itemCode,
      quantity: line.quantityOrdered,
      quantityScale: 0,
      unitCostMinor: line.unitCostMinor,
    })),
  };
  return [canonical(Topics.erpPurchaseOrdersV1, value)];
}

function canonicalStatus(po: PrimaPurchaseOrderRecord): PurchaseOrderStatus | undefined {
  if (APPROVED_STATUSES.has(po.status)) return 'APPROVED';
  if (po.status === 'CANCELLED' && po.purchasedAt !== null) return 'CANCELLED';
  return undefined;
}
