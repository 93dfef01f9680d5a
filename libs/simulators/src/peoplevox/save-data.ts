import { readCsvRows, writeCsv, type CsvRecord } from './csv';
import { WarehouseError } from './model';
import type { IntegrationResult } from './soap';
import type { SalesOrderInput, Warehouse } from './warehouse';

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

const itemTypes: SaveTemplate = {
  key: 'ItemCode',
  columns: ['ItemCode', 'Name', 'Barcode', 'Description', 'SalePrice'],
  required: ['ItemCode', 'Name'],
  save(warehouse, rows, action) {
    return rows.flatMap((row, index) => {
      const itemCode = row['ItemCode'] ?? '';
      const problem =
        tooLong(row, 'ItemCode', 50) ??
        (action !== 2 && !row['Name'] ? 'Name is required' : undefined) ??
        (row['SalePrice'] && !DECIMAL.test(row['SalePrice'])
          ? `SalePrice "${row['SalePrice']}" is not a decimal`
          : undefined);
      const failure =
        problem ??
        failureOf(() => {
          if (action === 2) return warehouse.deleteItemType(itemCode);
          warehouse.saveItemType({
            itemCode,
            name: row['Name'] as string,
            barcode: row['Barcode'] ?? '',
            description: row['Description'] ?? '',
            salePrice: row['SalePrice'] ?? '',
            origin: 'api',
          });
        });
      return failure === undefined ? [] : [{ row: index + 1, key: itemCode, message: failure }];
    });
  },
};

const ORDER_HEADER = [
  'Customer',
  'CustomerPurchaseOrderReferenceNumber',
  'Email',
  'ContactName',
  'ShippingAddressLine1',
  'ShippingAddressLine2',
  'ShippingAddressCity',
  'ShippingAddressPostcode',
  'ShippingAddressCountry',
  'RequestedDeliveryDate',
];

/** One row per order line, the header columns repeated on each, as Peoplevox imports orders. */
const salesOrders: SaveTemplate = {
  key: 'SalesOrderNumber',
  columns: [
    'SalesOrderNumber',
    ...ORDER_HEADER,
    'SiteReference',
    'Line',
    'ItemCode',
    'QuantityOrdered',
    'SalePrice',
  ],
  required: ['SalesOrderNumber', 'ItemCode', 'QuantityOrdered', 'Line'],
  save(warehouse, rows, action) {
    const errors: RowError[] = [];
    for (const [orderNo, indexes] of groupRows(rows, 'SalesOrderNumber')) {
      const orderRows = indexes.map((index) => rows[index] as CsvRecord);
      const problems = orderRows.map((row) => orderRowProblem(row, warehouse, action));
      // An order is saved whole or not at all: a bad row takes its other rows down with it.
      const failure = problems.some(Boolean)
        ? 'Another row of this sales order was rejected'
        : failureOf(() => {
            if (action === 2) return warehouse.cancel(orderNo);
            warehouse.saveSalesOrder(orderInput(orderNo, orderRows, warehouse), action === 0);
          });
      if (failure === undefined) continue;
      indexes.forEach((index, i) => {
        errors.push({ row: index + 1, key: orderNo, message: problems[i] ?? failure });
      });
    }
    return errors.sort((a, b) => a.row - b.row);
  },
};

function groupRows(rows: readonly CsvRecord[], key: string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const value = row[key] ?? '';
    groups.set(value, [...(groups.get(value) ?? []), index]);
  });
  return groups;
}

function orderInput(
  orderNo: string,
  rows: readonly CsvRecord[],
  warehouse: Warehouse,
): SalesOrderInput {
  const first = rows[0] ?? {};
  return {
    salesOrderNumber: orderNo,
    siteReference: first['SiteReference'] || (warehouse.sites[0] as string),
    fields: Object.fromEntries(
      ORDER_HEADER.filter((c) => c in first).map((c) => [c, first[c] as string]),
    ),
    lines: rows.map((row) => ({
      line: Number(row['Line']),
      itemCode: row['ItemCode'] as string,
      quantityOrdered: Number(row['QuantityOrdered']),
      salePrice: row['SalePrice'] ?? '',
    })),
  };
}

function orderRowProblem(
  row: CsvRecord,
  warehouse: Warehouse,
  action: SaveAction,
): string | undefined {
  const keyProblem = tooLong(row, 'SalesOrderNumber', 30);
  if (keyProblem || action === 2) return keyProblem;
  return (
    (!warehouse.items.has(row['ItemCode'] ?? '')
      ? `Item code ${row['ItemCode']} does not exist`
      : undefined) ??
    (!WHOLE.test(row['Line'] ?? '')
      ? `Line "${row['Line']}" is not a positive whole number`
      : undefined) ??
    (!WHOLE.test(row['QuantityOrdered'] ?? '')
      ? `QuantityOrdered "${row['QuantityOrdered']}" is not a positive whole number`
      : undefined) ??
    (row['SalePrice'] && !DECIMAL.test(row['SalePrice'])
      ? `SalePrice "${row['SalePrice']}" is not a decimal`
      : undefined) ??
    (row['RequestedDeliveryDate'] && !UK_DATE.test(row['RequestedDeliveryDate'])
      ? `RequestedDeliveryDate "${row['RequestedDeliveryDate']}" is not dd/MM/yyyy`
      : undefined)
  );
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
  'sales orders': salesOrders,
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
