import { formatScaled } from '@parity/domain';
import { ConnectorError } from '../http/connector-error';
import { fromCsv, toCsv, type CsvRecord } from './csv';
import type { IntegrationResult } from './soap-envelope';

/** An item type as Parity saves it; SaveData upserts by ItemCode. */
export interface PvxItemTypeInput {
  readonly itemCode: string;
  readonly name: string;
  readonly barcode?: string;
  readonly description?: string;
  readonly retailPriceMinor?: number;
}

export interface PvxAddress {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly region?: string;
  readonly postcode: string;
  readonly country: string;
}

/**
 * A sales order as Parity releases it: saved as a header (Sales order) and its lines (Sales
 * order item), upserted by SalesOrderNumber and Line; no save removes a line. The templates
 * name no site: Peoplevox fulfils the order at its default site.
 */
export interface PvxSalesOrderInput {
  readonly salesOrderNumber: string;
  readonly customer?: string;
  readonly email?: string;
  readonly contactName?: string;
  readonly customerPurchaseOrderReferenceNumber?: string;
  readonly shippingAddress?: PvxAddress;
  /** `YYYY-MM-DD`; written as Peoplevox's dd/MM/yyyy. */
  readonly requestedDeliveryDate?: string;
  /** A service type configured in Peoplevox, which names its carrier too. */
  readonly serviceType?: string;
  readonly channelName?: string;
  readonly lines: readonly {
    readonly line: number;
    readonly itemCode: string;
    readonly quantityOrdered: number;
    readonly salePriceMinor?: number;
  }[];
}

/** A purchase order (pre-receipt) that goods in are booked against, header and lines. */
export interface PvxPurchaseOrderInput {
  readonly purchaseOrderNumber: string;
  readonly reference?: string;
  readonly supplier?: string;
  /** `YYYY-MM-DD`; written as Peoplevox's dd/MM/yyyy. */
  readonly expectedDeliveryDate?: string;
  readonly lines: readonly {
    readonly line: number;
    readonly itemCode: string;
    readonly quantity: number;
    readonly costPriceMinor?: number;
  }[];
}

export interface PvxSaveTemplate<Input> {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: (input: Input) => CsvRecord[];
}

/** Columns of Peoplevox's own item_type template (vendor-samples), in its order. */
export const itemTypesSave: PvxSaveTemplate<PvxItemTypeInput> = {
  name: 'Item types',
  columns: ['ItemCode', 'Name', 'Barcode', 'RetailPrice', 'Description'],
  rows: (item) => [
    {
      ItemCode: item.itemCode,
      Name: item.name,
      Barcode: item.barcode ?? '',
      RetailPrice: money(item.retailPriceMinor),
      Description: item.description ?? '',
    },
  ],
};

/** SaveData's Action 2 deletes by the template's key, so the key is the one column sent. */
export const itemTypesDelete: PvxSaveTemplate<string> = {
  name: itemTypesSave.name,
  columns: ['ItemCode'],
  rows: (itemCode) => [{ ItemCode: itemCode }],
};

/*
 * The order templates write the columns of Peoplevox's own template headers
 * (vendor-samples/peoplevox-template-*.csv), a subset of them, under the names it gives them.
 */

export const salesOrderSave: PvxSaveTemplate<PvxSalesOrderInput> = {
  name: 'Sales order',
  columns: [
    'SalesOrderNumber',
    'Customer',
    'CustomerPurchaseOrderReferenceNumber',
    'ShippingAddressLine1',
    'ShippingAddressLine2',
    'ShippingAddressCity',
    'ShippingAddressRegion',
    'ShippingAddressPostcode',
    'ShippingAddressCountry',
    'RequestedDeliveryDate',
    'Email',
    'ContactName',
    'ServiceType',
    'ChannelName',
  ],
  rows: (order) => [
    {
      SalesOrderNumber: order.salesOrderNumber,
      Customer: order.customer ?? '',
      CustomerPurchaseOrderReferenceNumber: order.customerPurchaseOrderReferenceNumber ?? '',
      ShippingAddressLine1: order.shippingAddress?.line1 ?? '',
      ShippingAddressLine2: order.shippingAddress?.line2 ?? '',
      ShippingAddressCity: order.shippingAddress?.city ?? '',
      ShippingAddressRegion: order.shippingAddress?.region ?? '',
      ShippingAddressPostcode: order.shippingAddress?.postcode ?? '',
      ShippingAddressCountry: order.shippingAddress?.country ?? '',
      RequestedDeliveryDate: ukDate(order.requestedDeliveryDate),
      Email: order.email ?? '',
      ContactName: order.contactName ?? '',
      ServiceType: order.serviceType ?? '',
      ChannelName: order.channelName ?? '',
    },
  ],
};

export const salesOrderItemSave: PvxSaveTemplate<PvxSalesOrderInput> = {
  name: 'Sales order item',
  columns: ['SalesOrderNumber', 'ItemCode', 'QuantityOrdered', 'Line', 'SalePrice'],
  rows: (order) =>
    order.lines.map((line) => ({
      SalesOrderNumber: order.salesOrderNumber,
      ItemCode: line.itemCode,
      QuantityOrdered: String(line.quantityOrdered),
      Line: String(line.line),
      SalePrice: money(line.salePriceMinor),
    })),
};

/** Cancels by setting the header's Status, the one status a client may set. */
export const salesOrderCancelSave: PvxSaveTemplate<string> = {
  name: salesOrderSave.name,
  columns: ['SalesOrderNumber', 'Status'],
  rows: (salesOrderNumber) => [{ SalesOrderNumber: salesOrderNumber, Status: 'Cancelled' }],
};

export const purchaseOrderSave: PvxSaveTemplate<PvxPurchaseOrderInput> = {
  name: 'Purchase order',
  columns: ['PurchaseOrderNumber', 'Reference', 'Supplier', 'ExpectedDeliveryDate'],
  rows: (order) => [
    {
      PurchaseOrderNumber: order.purchaseOrderNumber,
      Reference: order.reference ?? '',
      Supplier: order.supplier ?? '',
      ExpectedDeliveryDate: ukDate(order.expectedDeliveryDate),
    },
  ],
};

export const purchaseOrderItemSave: PvxSaveTemplate<PvxPurchaseOrderInput> = {
  name: 'Purchase order item',
  columns: ['PurchaseOrderNumber', 'ItemCode', 'Quantity', 'Line', 'CostPrice'],
  rows: (order) =>
    order.lines.map((line) => ({
      PurchaseOrderNumber: order.purchaseOrderNumber,
      ItemCode: line.itemCode,
      Quantity: String(line.quantity),
      Line: String(line.line),
      CostPrice: money(line.costPriceMinor),
    })),
};

function money(minor: number | undefined): string {
  return minor === undefined ? '' : formatScaled(minor, 2);
}

/** `YYYY-MM-DD` as Peoplevox's `dd/MM/yyyy`; a date of any other shape is a caller's bug. */
function ukDate(isoDate: string | undefined): string {
  if (isoDate === undefined) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

export function saveCsv<Input>(template: PvxSaveTemplate<Input>, inputs: readonly Input[]): string {
  return toCsv(template.columns, inputs.flatMap(template.rows));
}

/** A row Peoplevox refused; `rowNumber` counts data rows from 1, as the CSV sent them. */
export interface PvxRowFailure {
  readonly rowNumber: number;
  readonly key: string;
  readonly message: string;
}

/**
 * What a SaveData call did. Peoplevox imports the good rows and refuses the bad ones, so a
 * partial import is an expected outcome, returned rather than thrown: `saved` rows are in,
 * `rowErrors` need a data fix.
 */
export interface PvxSaveResult {
  readonly saved: number;
  readonly rowErrors: readonly PvxRowFailure[];
}

const ROW_ERRORS_HEADER = /^RowNumber,Key,Error\r?\n/;

/** A refusal of the whole request (bad template, bad CSV) is thrown as REJECTED. */
export function readSaveResult(result: IntegrationResult, template: string): PvxSaveResult {
  if (result.responseId === 0) return { saved: result.totalCount, rowErrors: [] };
  if (!ROW_ERRORS_HEADER.test(result.detail)) {
    throw new ConnectorError(
      'peoplevox',
      `SaveData ${template}`,
      'CONNECTOR.REJECTED',
      result.detail,
      {
        responseBody: result.detail,
      },
    );
  }
  const rowErrors = fromCsv(result.detail).map((row) => ({
    rowNumber: Number(row['RowNumber']),
    key: row['Key'] ?? '',
    message: row['Error'] ?? '',
  }));
  return { saved: result.totalCount, rowErrors };
}
