import { conflict, unprocessable, type FieldProblem } from './prima-problem';
import type { PurchaseOrderRecord } from './prima-records';
import type { PurchaseOrderInput } from './prima-schemas';
import type { PrimaState } from './prima-state';

/** Statuses in which the goods are on order with the supplier. */
const ON_ORDER = new Set(['PURCHASED', 'AWAITING_RECEIPT', 'PART_RECEIVED']);

/** Enters a purchase order; one already placed with the supplier puts its goods on order. */
export function addPurchaseOrder(
  state: PrimaState,
  input: PurchaseOrderInput,
): PurchaseOrderRecord {
  if (state.purchaseOrders.has(input.poNumber)) {
    throw conflict(`Purchase order ${input.poNumber} already exists.`);
  }
  const problems: FieldProblem[] = [];
  if (!state.depots.has(input.depotCode)) {
    problems.push({ field: 'depotCode', code: 'UNKNOWN_DEPOT', message: 'no such depot' });
  }
  input.lines.forEach((line, index) => {
    if (!state.items.has(line.itemCode)) {
      problems.push({
        field: `lines.${index}.itemCode`,
        code: 'UNKNOWN_ITEM',
        message: 'no such item',
      });
    }
  });
  if (problems.length > 0) throw unprocessable('The purchase order was refused.', problems);
  const now = state.now();
  const po: PurchaseOrderRecord = {
    ...input,
    lines: input.lines.map((line) => ({ ...line, quantityReceived: 0 })),
    purchasedAt: input.status === 'OUTSTANDING' ? null : now,
    modifiedAt: now,
  };
  if (ON_ORDER.has(po.status)) {
    for (const line of po.lines) {
      state.touchStock(state.stockAt(line.itemCode, po.depotCode), {
        onOrder: line.quantityOrdered,
      });
    }
  }
  state.purchaseOrders.set(po.poNumber, po);
  return po;
}

/** Withdraws a purchase order with nothing received yet; its goods come off order. */
export function cancelPurchaseOrder(state: PrimaState, po: PurchaseOrderRecord): void {
  if (po.lines.some((line) => line.quantityReceived > 0) || po.status === 'CANCELLED') {
    throw unprocessable(`Purchase order ${po.poNumber} is ${po.status} and cannot be cancelled.`);
  }
  if (ON_ORDER.has(po.status)) {
    for (const line of po.lines) {
      state.touchStock(state.stockAt(line.itemCode, po.depotCode), {
        onOrder: -line.quantityOrdered,
      });
    }
  }
  po.status = 'CANCELLED';
  po.modifiedAt = state.now();
}
