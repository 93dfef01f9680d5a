import { Topics, type SalesOrder, type SalesOrderStatus } from '@parity/contracts';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { parsePrimaRecord, primaHeader } from './prima-event';
import { primaSalesOrderRecord, type PrimaSalesOrderRecord } from './prima-record.schemas';

/**
 * A Prima sales order version → erp.sales-orders.v1: APPROVED when Prima has authorised it,
 * CANCELLED when it was cancelled after authorisation. Any other version (awaiting
 * authorisation, despatch progress, cancelled before approval) is not an event for Parity.
 * Prima's depot codes are Parity's depot codes: Prima is the master of depots.
 */
export function normalisePrimaSalesOrder(record: unknown, ctx: NormaliseContext): CanonicalEvent[] {
  const order = parsePrimaRecord(
    primaSalesOrderRecord,
    record,
    {
      kind: 'sales order',
      entityType: 'SALES_ORDER',
      idField: 'orderNumber',
    },
    ctx,
  );
  const status = canonicalStatus(order);
  if (!status) return [];
  const value: SalesOrder = {
    header: primaHeader('so', order.orderNumber, order.modifiedAt, ctx),
    orderNo: order.orderNumber,
    status,
    depot: order.depotCode,
    customerAccount: order.customerAccountCode,
    externalRef: order.customerReference,
    orderedAt: Date.parse(order.orderDate),
    currency: order.currency,
    // Prima prices lines net of VAT and states the VAT per line.
    pricesIncludeTax: false,
    lines: order.lines.map((line) => ({
      lineNo: line.lineNumber,
      sku: line.itemCode,
      description: line.description,
      isStockItem: line.productStatus !== 'NON_STOCK',
      quantity: line.quantityOrdered,
      quantityScale: 0,
      unitPriceMinor: line.unitNetPriceMinor,
      discountMinor: line.quantityOrdered * line.unitNetPriceMinor - line.totals.netMinor,
      taxCode: line.vatCode,
      taxMinor: line.totals.vatMinor,
      lineTotalMinor: line.totals.grossMinor,
    })),
    deliveryAddress: order.deliveryAddress,
    taxMinor: order.totals.vatMinor,
    totalMinor: order.totals.grossMinor,
  };
  return [canonical(Topics.erpSalesOrdersV1, value)];
}

function canonicalStatus(order: PrimaSalesOrderRecord): SalesOrderStatus | undefined {
  if (order.status === 'AUTHORISED') return 'APPROVED';
  if (order.status === 'CANCELLED' && order.authorisation.authorisedAt !== null) return 'CANCELLED';
  return undefined;
}
