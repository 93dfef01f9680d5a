import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from './csv';
import { saveData } from './save-data';
import { Warehouse } from './warehouse';

/** The vendor's own template headers (../shared/vendor-samples, beside the repository). */
const SAMPLES = join(__dirname, '../../../../../shared/vendor-samples');
const header = (template: string) =>
  readFileSync(join(SAMPLES, `peoplevox-template-${template}.csv`), 'utf8')
    .trim()
    .split(',');

describe('SaveData with the real item and order templates', () => {
  const warehouse = new Warehouse(
    ['PrimarySite'],
    () => new Date(Date.UTC(2026, 10, 20)),
    () => undefined, // no subscribers
  );
  warehouse.saveItemType({
    itemCode: 'TEE-M',
    name: 'Tee',
    barcode: '',
    description: '',
    retailPrice: '',
    origin: 'seed',
  });

  it.each([
    ['Item types', 'item_type', { ItemCode: 'CAP-1', Name: 'Cap', RetailPrice: '12.00' }],
    ['Sales order', 'sales_order', { SalesOrderNumber: 'SO-1' }],
    [
      'Sales order item',
      'sales_order_item',
      { SalesOrderNumber: 'SO-1', ItemCode: 'TEE-M', QuantityOrdered: '2', Line: '1' },
    ],
    ['Purchase order', 'purchase_order', { PurchaseOrderNumber: 'PO-1' }],
    [
      'Purchase order item',
      'purchase_order_item',
      { PurchaseOrderNumber: 'PO-1', ItemCode: 'TEE-M', Quantity: '5', Line: '1' },
    ],
  ])('takes a row under the whole header of %s', (name, sample, row) => {
    const result = saveData(warehouse, name, writeCsv(header(sample), [row]), '0');
    expect(result).toEqual({ responseId: 0, totalCount: 1, detail: '' });
  });

  it('refuses a column the template does not have', () => {
    const csv = writeCsv(['SalesOrderNumber', 'SiteReference'], [{ SalesOrderNumber: 'SO-2' }]);
    expect(saveData(warehouse, 'Sales order', csv, '0')).toMatchObject({
      responseId: -1,
      detail: 'Unknown column(s): SiteReference',
    });
  });
});
