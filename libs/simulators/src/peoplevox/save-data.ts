import { readCsvRows, writeCsv, type CsvRecord } from './csv';
import { WarehouseError } from './model';
import type { IntegrationResult } from './soap';
import type { Warehouse } from './warehouse';

/** SaveData's Action: 0 save (and allocate orders), 1 save without allocating, 2 delete. */
type SaveAction = 0 | 1 | 2;

interface RowError {
  readonly row: number;
  readonly key: string;
  readonly message: string;
}

interface SaveTemplate {
  readonly key: string;
  readonly columns: readonly string[];
  readonly required: readonly string[];
  /** Checks each row, then saves the valid ones; returns the errors of the rest. */
  save(warehouse: Warehouse, rows: readonly CsvRecord[], action: SaveAction): RowError[];
}

const DECIMAL = /^\d{1,10}(\.\d{1,2})?$/;
const WHOLE = /^[1-9]\d{0,8}$/;
const UK_DATE = /^\d{2}\/\d{2}\/\d{4}( \d{2}:\d{2})?$/;

/**
 * The columns of Peoplevox's item_type template header (vendor-samples), which lists
 * RetailPrice twice; the warehouse keeps the ones an item type here has.
 */
const ITEM_TYPE_COLUMNS = [
  'ItemCode',
  'Name',
  'Barcode',
  'ItemGroup',
  'RetailPrice',
  'Description',
  'UnitOfMeasure',
  'DefaultEconomicOrderQuantity',
  'DefaultLeadTime',
  'DefaultSuppliersPartNumber',
  'HasSerialNumbers',
  'UseManufacturersSerialNumber',
  'ReorderPoint',
  'Traceability',
  'ShelfLife',
  'DefaultNumberItemsPerContainer',
  'DefaultContainerType',
  'DefaultNumberItemsPerOuterCase',
  'DefaultNumberItemsPerInnerCase',
  'BuyPrice',
  'WholesalePrice',
  'Weight',
  'WeightMeasure',
  'Height',
  'Width',
  'Depth',
  'DimensionMeasure',
  'Tags',
  ...Array.from({ length: 15 }, (_, i) => `Attribute${i + 1}`),
  'TaxCode',
  'MinimumPickLocationQuantity',
  'DefaultReplenishmentQuantity',
];

const itemTypes: SaveTemplate = {
  key: 'ItemCode',
  columns: ITEM_TYPE_COLUMNS,
  required: ['ItemCode', 'Name'],
  save(warehouse, rows, action) {
    return rows.flatMap((row, index) => {
      const itemCode = row['ItemCode'] ?? '';
      const problem =
        tooLong(row, 'ItemCode', 50) ??
        (action !== 2 && !row['Name'] ? 'Name is required' : undefined) ??
        decimalsProblem(row, ['RetailPrice', 'BuyPrice', 'WholesalePrice']);
      const failure =
        problem ??
        failureOf(() => {
          if (action === 2) return warehouse.deleteItemType(itemCode);
          warehouse.saveItemType({
            itemCode,
            name: row['Name'] as string,
            barcode: row['Barcode'] ?? '',
            description: row['Description'] ?? '',
            retailPrice: row['RetailPrice'] ?? '',
            origin: 'api',
          });
        });
      return failure === undefined ? [] : [{ row: index + 1, key: itemCode, message: failure }];
    });
  },
};

/*
 * The order templates' columns, in the order of the real templates' headers
 * (vendor-samples/peoplevox-template-*.csv; ExpectededDeliveryDate is spelt as Peoplevox does).
 * A save may send any subset that holds the required columns.
 */
const SALES_ORDER_COLUMNS = [
  'SalesOrderNumber',
  'Customer',
  'CustomerPurchaseOrderReferenceNumber',
  'ShippingAddressLine1',
  'ShippingAddressLine2',
  'ShippingAddressCity',
  'ShippingAddressRegion',
  'ShippingAddressPostcode',
  'ShippingAddressCountry',
  'ShippingAddressReference',
  'InvoiceAddressLine1',
  'InvoiceAddressLine2',
  'InvoiceAddressCity',
  'InvoiceAddressRegion',
  'InvoiceAddressPostcode',
  'InvoiceAddressCountry',
  'InvoiceAddressReference',
  'IsPartialShipment',
  'Status',
  'RequestedDeliveryDate',
  'ShippingCost',
  'Email',
  'ContactName',
  'TotalSale',
  'Discount',
  'TaxPaid',
  'CreatedDate',
  'PaymentMethod',
  'ServiceType',
  'ChannelName',
];
const SALES_ORDER_ITEM_COLUMNS = [
  'SalesOrderNumber',
  'ItemCode',
  'QuantityOrdered',
  'RequestedDeliveryDate',
  'Line',
  'Sequence',
  'SalePrice',
];
const PURCHASE_ORDER_COLUMNS = [
  'PurchaseOrderNumber',
  'Status',
  'Reference',
  'Supplier',
  'AddressLine1',
  'AddressLine2',
  'AddressCity',
  'AddressRegion',
  'AddressPostcode',
  'AddressCountry',
  'AddressReference',
  'RequestedDeliveryDate',
  'SubmittedDate',
  'User',
  'EndDate',
  'ExpectedDeliveryDate',
];
const PURCHASE_ORDER_ITEM_COLUMNS = [
  'PurchaseOrderNumber',
  'ItemCode',
  'Status',
  'Quantity',
  'RequestedDeliveryDate',
  'Line',
  'Sequence',
  'CostPrice',
  'ExpectededDeliveryDate',
];

/** Columns the warehouse keeps as the header's fields: everything but the key and the status. */
function headerFields(row: CsvRecord, key: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).filter(([column]) => column !== key && column !== 'Status'),
  );
}

/**
 * Sales order headers, one row per order. Status `Cancelled` (or Action 2) cancels the order;
 * no other status can be set through SaveData [ASSUMED]: the warehouse moves orders on.
 */
const salesOrder: SaveTemplate = {
  key: 'SalesOrderNumber',
  columns: SALES_ORDER_COLUMNS,
  required: ['SalesOrderNumber'],
  save(warehouse, rows, action) {
    return rows.flatMap((row, index) => {
      const orderNo = row['SalesOrderNumber'] ?? '';
      const status = row['Status'] ?? '';
      const cancel = action === 2 || status === 'Cancelled';
      const problem =
        tooLong(row, 'SalesOrderNumber', 30) ??
        (status !== '' && status !== 'Cancelled'
          ? `Status "${status}" cannot be set; only Cancelled`
          : undefined) ??
        (cancel ? undefined : datesProblem(row, ['RequestedDeliveryDate'])) ??
        (cancel
          ? undefined
          : decimalsProblem(row, ['ShippingCost', 'TotalSale', 'Discount', 'TaxPaid']));
      const failure =
        problem ??
        failureOf(() => {
          if (cancel) return warehouse.cancel(orderNo);
          warehouse.saveSalesOrderHeader({
            salesOrderNumber: orderNo,
            fields: headerFields(row, 'SalesOrderNumber'),
          });
        });
      return failure === undefined ? [] : [{ row: index + 1, key: orderNo, message: failure }];
    });
  },
};

/**
 * Sales order lines, of orders whose header was saved before. An order's lines are saved
 * whole or not at all; none can be removed, so Action 2 is refused.
 */
const salesOrderItem: SaveTemplate = {
  key: 'SalesOrderNumber',
  columns: SALES_ORDER_ITEM_COLUMNS,
  required: ['SalesOrderNumber', 'ItemCode', 'QuantityOrdered', 'Line'],
  save(warehouse, rows, action) {
    return saveByDocument(rows, 'SalesOrderNumber', (orderNo, orderRows) => ({
      problems: orderRows.map((row) =>
        action === 2
          ? 'Lines cannot be removed from a sales order'
          : orderItemProblem(row, warehouse),
      ),
      save: () =>
        warehouse.saveSalesOrderLines(
          orderNo,
          orderRows.map((row) => ({
            line: Number(row['Line']),
            itemCode: row['ItemCode'] as string,
            quantityOrdered: Number(row['QuantityOrdered']),
            salePrice: row['SalePrice'] ?? '',
          })),
          action === 0,
        ),
    }));
  },
};

/** Purchase order headers: pre-receipts that goods in are later booked against. */
const purchaseOrder: SaveTemplate = {
  key: 'PurchaseOrderNumber',
  columns: PURCHASE_ORDER_COLUMNS,
  required: ['PurchaseOrderNumber'],
  save(warehouse, rows, action) {
    return rows.flatMap((row, index) => {
      const poNo = row['PurchaseOrderNumber'] ?? '';
      const problem =
        tooLong(row, 'PurchaseOrderNumber', 30) ??
        (action === 2 ? 'Purchase orders cannot be deleted' : undefined) ??
        datesProblem(row, [
          'RequestedDeliveryDate',
          'SubmittedDate',
          'EndDate',
          'ExpectedDeliveryDate',
        ]);
      const failure =
        problem ??
        failureOf(() =>
          warehouse.savePurchaseOrderHeader(poNo, headerFields(row, 'PurchaseOrderNumber')),
        );
      return failure === undefined ? [] : [{ row: index + 1, key: poNo, message: failure }];
    });
  },
};

/** Purchase order lines; without a Line column they are numbered in the order sent. */
const purchaseOrderItem: SaveTemplate = {
  key: 'PurchaseOrderNumber',
  columns: PURCHASE_ORDER_ITEM_COLUMNS,
  required: ['PurchaseOrderNumber', 'ItemCode', 'Quantity'],
  save(warehouse, rows, action) {
    return saveByDocument(rows, 'PurchaseOrderNumber', (poNo, poRows) => ({
      problems: poRows.map((row) =>
        action === 2
          ? 'Lines cannot be removed from a purchase order'
          : (itemProblem(row, warehouse) ??
            wholeProblem(row, 'Quantity') ??
            (row['Line'] ? wholeProblem(row, 'Line') : undefined) ??
            decimalsProblem(row, ['CostPrice']) ??
            datesProblem(row, ['RequestedDeliveryDate', 'ExpectededDeliveryDate'])),
      ),
      save: () =>
        warehouse.savePurchaseOrderLines(
          poNo,
          poRows.map((row, i) => ({
            line: Number(row['Line'] || i + 1),
            itemCode: row['ItemCode'] as string,
            quantity: Number(row['Quantity']),
            costPrice: row['CostPrice'] ?? '',
          })),
        ),
    }));
  },
};

/**
 * Saves the rows of each document (an order's lines) together: a bad row, or the warehouse
 * refusing the document, takes its other rows down with it.
 */
function saveByDocument(
  rows: readonly CsvRecord[],
  key: string,
  plan: (
    documentNo: string,
    documentRows: readonly CsvRecord[],
  ) => { problems: (string | undefined)[]; save: () => void },
): RowError[] {
  const errors: RowError[] = [];
  for (const [documentNo, indexes] of groupRows(rows, key)) {
    const documentRows = indexes.map((index) => rows[index] as CsvRecord);
    const keyProblem = tooLong(documentRows[0] ?? {}, key, 30);
    const { problems, save } = plan(documentNo, documentRows);
    const failure =
      keyProblem ??
      (problems.some(Boolean) ? `Another row of ${documentNo} was rejected` : failureOf(save));
    if (failure === undefined) continue;
    indexes.forEach((index, i) => {
      errors.push({ row: index + 1, key: documentNo, message: problems[i] ?? failure });
    });
  }
  return errors.sort((a, b) => a.row - b.row);
}

function groupRows(rows: readonly CsvRecord[], key: string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const value = row[key] ?? '';
    groups.set(value, [...(groups.get(value) ?? []), index]);
  });
  return groups;
}

function orderItemProblem(row: CsvRecord, warehouse: Warehouse): string | undefined {
  return (
    itemProblem(row, warehouse) ??
    wholeProblem(row, 'Line') ??
    wholeProblem(row, 'QuantityOrdered') ??
    decimalsProblem(row, ['SalePrice']) ??
    datesProblem(row, ['RequestedDeliveryDate'])
  );
}

function itemProblem(row: CsvRecord, warehouse: Warehouse): string | undefined {
  return warehouse.items.has(row['ItemCode'] ?? '')
    ? undefined
    : `Item code ${row['ItemCode']} does not exist`;
}

function wholeProblem(row: CsvRecord, column: string): string | undefined {
  return WHOLE.test(row[column] ?? '')
    ? undefined
    : `${column} "${row[column]}" is not a positive whole number`;
}

function decimalsProblem(row: CsvRecord, columns: readonly string[]): string | undefined {
  const column = columns.find((c) => row[c] && !DECIMAL.test(row[c]));
  return column && `${column} "${row[column]}" is not a decimal`;
}

function datesProblem(row: CsvRecord, columns: readonly string[]): string | undefined {
  const column = columns.find((c) => row[c] && !UK_DATE.test(row[c]));
  return column && `${column} "${row[column]}" is not dd/MM/yyyy`;
}

function tooLong(row: CsvRecord, column: string, max: number): string | undefined {
  const value = row[column] ?? '';
  if (value === '') return `${column} is required`;
  return value.length > max ? `${column} is longer than ${max} characters` : undefined;
}

/** The warehouse's reason for refusing a save, if it did. */
function failureOf(save: () => void): string | undefined {
  try {
    save();
    return undefined;
  } catch (error) {
    if (!(error instanceof WarehouseError)) throw error;
    return error.message;
  }
}

const SAVE_TEMPLATES: Readonly<Record<string, SaveTemplate>> = {
  'item types': itemTypes,
  'sales order': salesOrder,
  'sales order item': salesOrderItem,
  'purchase order': purchaseOrder,
  'purchase order item': purchaseOrderItem,
};

/**
 * SaveData: upserts rows by the template's key. Rows that fail are reported in Detail as CSV
 * (RowNumber, Key, Error) with ResponseId -1 while the others are saved; TotalCount counts
 * the rows saved, so TotalCount > 0 with ResponseId -1 is a partial import.
 */
export function saveData(
  warehouse: Warehouse,
  templateName: string,
  csvData: string,
  actionText: string,
): IntegrationResult {
  const template = SAVE_TEMPLATES[templateName.toLowerCase()];
  if (!template) return refuse(`Template ${templateName} does not exist or cannot be saved`);
  const action = Number(actionText || '0');
  if (action !== 0 && action !== 1 && action !== 2)
    return refuse(`Action ${actionText} is not 0, 1 or 2`);
  let table: string[][];
  try {
    table = readCsvRows(csvData);
  } catch (error) {
    return refuse(`CsvData is not valid CSV: ${(error as Error).message}`);
  }
  const [header = [], ...body] = table;
  const unknown = header.filter((column) => !template.columns.includes(column));
  if (unknown.length > 0) return refuse(`Unknown column(s): ${unknown.join(', ')}`);
  const missing = (action === 2 ? [template.key] : template.required).filter(
    (c) => !header.includes(c),
  );
  if (missing.length > 0) return refuse(`Missing column(s): ${missing.join(', ')}`);
  const ragged = body.findIndex((fields) => fields.length !== header.length);
  if (ragged >= 0)
    return refuse(
      `Row ${ragged + 1} has ${body[ragged]?.length} fields, the header ${header.length}`,
    );
  const rows = body.map((fields) =>
    Object.fromEntries(header.map((column, i) => [column, fields[i] as string])),
  );
  const errors = template.save(warehouse, rows, action);
  const saved = rows.length - errors.length;
  if (errors.length === 0) return { responseId: 0, totalCount: saved, detail: '' };
  const detail = writeCsv(
    ['RowNumber', 'Key', 'Error'],
    errors.map((error) => ({ RowNumber: String(error.row), Key: error.key, Error: error.message })),
  );
  return { responseId: -1, totalCount: saved, detail };
}

function refuse(message: string): IntegrationResult {
  return { responseId: -1, totalCount: 0, detail: message };
}
