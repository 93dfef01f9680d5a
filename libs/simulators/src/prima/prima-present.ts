import { formatHundredths } from './prima-money';
import type {
  CreditNoteRecord,
  PurchaseOrderRecord,
  SalesOrderRecord,
  StockRecord,
} from './prima-records';
import { creditNoteTotalMinor } from './prima-returns';
import { orderGrossMinor } from './prima-sales-orders';
import type { PrimaState } from './prima-state';

/* The simulator's records as Prima's JSON shows them: amounts as two-place decimal strings. */

export function presentSalesOrder(order: SalesOrderRecord): unknown {
  const netMinor = order.lines.reduce((sum, line) => sum + line.netMinor, 0);
  const grossMinor = orderGrossMinor(order.lines);
  return {
    orderNumber: order.orderNumber,
    orderSource: order.orderSource,
    customerAccountCode: order.customerAccountCode,
    customerReference: order.customerReference,
    depotCode: order.depotCode,
    orderDate: order.orderDate,
    status: order.status,
    authorisation: { ...order.authorisation },
    currency: order.currency,
    deliveryAddress: order.deliveryAddress,
    totals: totals(netMinor, grossMinor - netMinor),
    lines: order.lines.map((line) => ({
      lineNumber: line.lineNumber,
      itemCode: line.itemCode,
      description: line.description,
      productStatus: line.productStatus,
      quantityOrdered: line.quantityOrdered,
      quantityAllocated: line.quantityAllocated,
      quantityDespatched: line.quantityDespatched,
      quantityInvoiced: line.quantityInvoiced,
      quantityReturned: line.quantityReturned,
      unitNetPrice: formatHundredths(line.unitNetMinor),
      discountPercent: formatHundredths(line.discountBasisPoints),
      vatCode: line.vatCode,
      vatRate: formatHundredths(line.vatRateBasisPoints),
      totals: totals(line.netMinor, line.vatMinor),
      lineStatus: line.lineStatus,
    })),
    modifiedAt: order.modifiedAt,
  };
}

export function presentStock(state: PrimaState, row: StockRecord): unknown {
  return {
    itemCode: row.itemCode,
    depotCode: row.depotCode,
    quantityOnHand: row.onHand,
    quantityAllocated: row.allocated + row.heldByWarehouse,
    quantityOnOrder: row.onOrder,
    quantityAvailableToSell: state.availableToSell(row),
    modifiedAt: row.modifiedAt,
  };
}

export function presentPurchaseOrder(po: PurchaseOrderRecord): unknown {
  return { ...po, lines: po.lines.map((line) => ({ ...line })) };
}

export function presentCreditNote(note: CreditNoteRecord): unknown {
  return {
    creditNoteNumber: note.creditNoteNumber,
    raNumber: note.raNumber,
    currency: note.currency,
    lines: note.lines.map((line) => ({
      itemCode: line.itemCode,
      quantity: line.quantity,
      net: formatHundredths(line.netMinor),
      vat: formatHundredths(line.vatMinor),
    })),
    total: formatHundredths(creditNoteTotalMinor(note)),
    createdAt: note.createdAt,
  };
}

function totals(netMinor: number, vatMinor: number) {
  return {
    net: formatHundredths(netMinor),
    vat: formatHundredths(vatMinor),
    gross: formatHundredths(netMinor + vatMinor),
  };
}
