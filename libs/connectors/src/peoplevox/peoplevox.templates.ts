import { parseScaled } from '@parity/domain';
import type { CsvRecord } from './csv';
import { parseUkLocalTime, type PvxTimestamp } from './uk-local-time';

/**
 * GetData templates as typed rows. Rows keep Peoplevox's shape and names; only transport
 * quirks are undone here: numbers and money arrive as strings, times as UK-local strings.
 */
export interface PvxGetTemplate<Row> {
  /** The integration template's name, as configured in Peoplevox (defaults assumed). */
  readonly name: string;
  readonly parse: (record: CsvRecord) => Row;
}

/** A row that does not have the shape its template promises. */
export class PvxRowError extends Error {}

export interface PvxItemType {
  readonly itemCode: string;
  readonly name: string;
  readonly barcode: string;
  readonly description: string;
  /** RetailPrice in minor units of the account's currency; null when not set. */
  readonly retailPriceMinor: number | null;
}

export interface PvxInventoryRow {
  readonly itemCode: string;
  readonly itemName: string;
  readonly siteReference: string;
  readonly onHand: number;
  readonly allocated: number;
  /** OnHand − Allocated, as Peoplevox computes it. */
  readonly available: number;
}

export interface PvxSalesOrderRow {
  readonly salesOrderNumber: string;
  readonly customer: string;
  readonly email: string;
  readonly siteReference: string;
  readonly status: string;
  readonly createdAt: PvxTimestamp;
}

export interface PvxSalesOrderItemRow {
  readonly salesOrderNumber: string;
  readonly line: number;
  readonly itemCode: string;
  readonly quantityOrdered: number;
  readonly quantityAllocated: number;
  readonly quantityDespatched: number;
}

export interface PvxPurchaseOrderRow {
  readonly purchaseOrderNumber: string;
  readonly reference: string;
  readonly supplier: string;
  readonly status: string;
}

export interface PvxPurchaseOrderItemRow {
  readonly purchaseOrderNumber: string;
  readonly line: number;
  readonly itemCode: string;
  readonly quantity: number;
  readonly quantityReceived: number;
}

export interface PvxDespatchRow {
  readonly despatchNumber: string;
  readonly salesOrderNumber: string;
  readonly carrier: string;
  readonly service: string;
  readonly despatchedAt: PvxTimestamp;
  readonly trackingNumber: string;
  readonly siteReference: string;
  readonly line: number;
  readonly itemCode: string;
  readonly quantity: number;
}

export interface PvxGoodsInRow {
  readonly goodsInId: string;
  /** The purchase order reference the goods were booked in against. */
  readonly reference: string;
  readonly reconciledAt: PvxTimestamp;
  readonly siteReference: string;
  readonly itemCode: string;
  readonly quantity: number;
}

export const PvxTemplates = {
  itemTypes: {
    name: 'Item types',
    parse: (r): PvxItemType => ({
      itemCode: text(r, 'ItemCode'),
      name: text(r, 'Name'),
      barcode: text(r, 'Barcode'),
      description: text(r, 'Description'),
      retailPriceMinor: text(r, 'RetailPrice') === '' ? null : money(r, 'RetailPrice'),
    }),
  } satisfies PvxGetTemplate<PvxItemType>,
  inventory: {
    name: 'Item inventory summary',
    parse: (r): PvxInventoryRow => ({
      itemCode: text(r, 'ItemCode'),
      itemName: text(r, 'ItemName'),
      siteReference: text(r, 'SiteReference'),
      onHand: whole(r, 'OnHand'),
      allocated: whole(r, 'Allocated'),
      available: whole(r, 'Available'),
    }),
  } satisfies PvxGetTemplate<PvxInventoryRow>,
  salesOrders: {
    name: 'Sales orders',
    parse: (r): PvxSalesOrderRow => ({
      salesOrderNumber: text(r, 'SalesOrderNumber'),
      customer: text(r, 'Customer'),
      email: text(r, 'Email'),
      siteReference: text(r, 'SiteReference'),
      status: text(r, 'Status'),
      createdAt: time(r, 'CreatedDate'),
    }),
  } satisfies PvxGetTemplate<PvxSalesOrderRow>,
  salesOrderItems: {
    name: 'Sales order items',
    parse: (r): PvxSalesOrderItemRow => ({
      salesOrderNumber: text(r, 'SalesOrderNumber'),
      line: whole(r, 'Line'),
      itemCode: text(r, 'ItemCode'),
      quantityOrdered: whole(r, 'QuantityOrdered'),
      quantityAllocated: whole(r, 'QuantityAllocated'),
      quantityDespatched: whole(r, 'QuantityDespatched'),
    }),
  } satisfies PvxGetTemplate<PvxSalesOrderItemRow>,
  purchaseOrders: {
    name: 'Purchase orders',
    parse: (r): PvxPurchaseOrderRow => ({
      purchaseOrderNumber: text(r, 'PurchaseOrderNumber'),
      reference: text(r, 'Reference'),
      supplier: text(r, 'Supplier'),
      status: text(r, 'Status'),
    }),
  } satisfies PvxGetTemplate<PvxPurchaseOrderRow>,
  purchaseOrderItems: {
    name: 'Purchase order items',
    parse: (r): PvxPurchaseOrderItemRow => ({
      purchaseOrderNumber: text(r, 'PurchaseOrderNumber'),
      line: whole(r, 'Line'),
      itemCode: text(r, 'ItemCode'),
      quantity: whole(r, 'Quantity'),
      quantityReceived: whole(r, 'QuantityReceived'),
    }),
  } satisfies PvxGetTemplate<PvxPurchaseOrderItemRow>,
  despatches: {
    name: 'Despatches',
    parse: (r): PvxDespatchRow => ({
      despatchNumber: text(r, 'DespatchNumber'),
      salesOrderNumber: text(r, 'SalesOrderNumber'),
      carrier: text(r, 'Carrier'),
      service: text(r, 'Service'),
      despatchedAt: time(r, 'DespatchDate'),
      trackingNumber: text(r, 'TrackingNumber'),
      siteReference: text(r, 'SiteReference'),
      line: whole(r, 'Line'),
      itemCode: text(r, 'ItemCode'),
      quantity: whole(r, 'Quantity'),
    }),
  } satisfies PvxGetTemplate<PvxDespatchRow>,
  goodsIn: {
    name: 'Goods in',
    parse: (r): PvxGoodsInRow => ({
      goodsInId: text(r, 'GoodsInId'),
      reference: text(r, 'Reference'),
      reconciledAt: time(r, 'ReconciledDateTime'),
      siteReference: text(r, 'SiteReference'),
      itemCode: text(r, 'ItemCode'),
      quantity: whole(r, 'Quantity'),
    }),
  } satisfies PvxGetTemplate<PvxGoodsInRow>,
} as const;

function text(record: CsvRecord, column: string): string {
  const value = record[column];
  if (value === undefined) throw new PvxRowError(`column ${column} is missing`);
  return value;
}

function whole(record: CsvRecord, column: string): number {
  const value = text(record, column);
  if (!/^-?\d+$/.test(value)) throw new PvxRowError(`${column} "${value}" is not a whole number`);
  return Number(value);
}

/** Peoplevox writes money as decimal strings ("12.5"); nothing past the penny is rounded away. */
function money(record: CsvRecord, column: string): number {
  const value = text(record, column);
  const minor = parseScaled(value.trim(), 2);
  if (minor === undefined) {
    throw new PvxRowError(`${column} "${value}" is not an amount with at most 2 decimal places`);
  }
  return minor;
}

function time(record: CsvRecord, column: string): PvxTimestamp {
  const value = text(record, column);
  const parsed = parseUkLocalTime(value);
  if (!parsed) throw new PvxRowError(`${column} "${value}" is not a dd/MM/yyyy HH:mm time`);
  return parsed;
}
