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
  readonly salePriceMinor?: number;
}

/** A sales order as Parity releases it; SaveData upserts by SalesOrderNumber and never removes lines. */
export interface PvxSalesOrderInput {
  readonly salesOrderNumber: string;
  readonly customer?: string;
  readonly email?: string;
  readonly contactName?: string;
  readonly customerPurchaseOrderReferenceNumber?: string;
  readonly shippingAddress?: {
    readonly line1: string;
    readonly line2?: string;
    readonly city: string;
    readonly postcode: string;
    readonly country: string;
  };
  readonly siteReference?: string;
  readonly lines: readonly {
    readonly line: number;
    readonly itemCode: string;
    readonly quantityOrdered: number;
    readonly salePriceMinor: number;
  }[];
}

export interface PvxSaveTemplate<Input> {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: (input: Input) => CsvRecord[];
}

export const itemTypesSave: PvxSaveTemplate<PvxItemTypeInput> = {
  name: 'Item types',
  columns: ['ItemCode', 'Name', 'Barcode', 'Description', 'SalePrice'],
  rows: (item) => [
    {
      ItemCode: item.itemCode,
      Name: item.name,
      Barcode: item.barcode ?? '',
      Description: item.description ?? '',
      SalePrice: item.salePriceMinor === undefined ? '' : formatScaled(item.salePriceMinor, 2),
    },
  ],
};

/** One row per line with the order's header repeated, the shape Peoplevox imports orders in. */
export const salesOrdersSave: PvxSaveTemplate<PvxSalesOrderInput> = {
  name: 'Sales orders',
  columns: [
    'SalesOrderNumber',
    'Customer',
    'CustomerPurchaseOrderReferenceNumber',
    'Email',
    'ContactName',
    'ShippingAddressLine1',
    'ShippingAddressLine2',
    'ShippingAddressCity',
    'ShippingAddressPostcode',
    'ShippingAddressCountry',
    'SiteReference',
    'Line',
    'ItemCode',
    'QuantityOrdered',
    'SalePrice',
  ],
  rows: (order) => {
    const header = {
      SalesOrderNumber: order.salesOrderNumber,
      Customer: order.customer ?? '',
      CustomerPurchaseOrderReferenceNumber: order.customerPurchaseOrderReferenceNumber ?? '',
      Email: order.email ?? '',
      ContactName: order.contactName ?? '',
      ShippingAddressLine1: order.shippingAddress?.line1 ?? '',
      ShippingAddressLine2: order.shippingAddress?.line2 ?? '',
      ShippingAddressCity: order.shippingAddress?.city ?? '',
      ShippingAddressPostcode: order.shippingAddress?.postcode ?? '',
      ShippingAddressCountry: order.shippingAddress?.country ?? '',
      SiteReference: order.siteReference ?? '',
    };
    return order.lines.map((line) => ({
      ...header,
      Line: String(line.line),
      ItemCode: line.itemCode,
      QuantityOrdered: String(line.quantityOrdered),
      SalePrice: formatScaled(line.salePriceMinor, 2),
    }));
  },
};

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
