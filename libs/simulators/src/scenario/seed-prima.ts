import { chunks, type AdminHttp } from './admin-http';
import type { CataloguePlan, PlannedItem, PlannedStyle } from './catalogue-plan';
import { formatMinor } from './money';
import type { ScenarioConfig } from './scenario-config';
import { PRIMA_WEB_CUSTOMER } from './seeded-world';

const ROWS_PER_REQUEST = 2_000;

/**
 * Prima, the item master: a parent item per style with its colour × size children, NON_STOCK
 * gift cards and services, a depot per warehouse (WAREHOUSE) and store (STORE), starting
 * stock in every depot, and the customer account web orders go on.
 */
export async function seedPrima(
  http: AdminHttp,
  config: ScenarioConfig,
  catalogue: CataloguePlan,
  storeCodes: readonly string[],
): Promise<void> {
  const { taxMismatch, totalsMismatch } = catalogue.faults;
  const items = [
    ...catalogue.styles.flatMap(styleItems),
    ...[...catalogue.nonStock, catalogue.genericNonStock].map((item) =>
      primaItem(item, 'NON_STOCK'),
    ),
    // Real items with master data the tills disagree with: the tax and totals faults.
    primaItem(taxMismatch, 'FULL'),
    primaItem(totalsMismatch, 'FULL'),
  ];
  for (const batch of chunks(items, ROWS_PER_REQUEST)) await http.post('prima/items', batch);
  await http.post('prima/depots', [
    ...config.warehouses.map((w) => ({
      depotCode: w.depotCode,
      name: `${w.wms} ${w.site}`,
      type: 'WAREHOUSE',
    })),
    ...storeCodes.map((code) => ({ depotCode: code, name: `Store ${code}`, type: 'STORE' })),
  ]);
  await http.post('prima/customers', [
    { accountCode: PRIMA_WEB_CUSTOMER, creditLimit: '999999999.00' },
  ]);
  const stock = catalogue.variants.flatMap((variant) => [
    ...config.warehouses.map((w) => ({
      itemCode: variant.sku,
      depotCode: w.depotCode,
      quantityOnHand: config.startingStock.perWarehouseSku,
    })),
    ...storeCodes.map((code) => ({
      itemCode: variant.sku,
      depotCode: code,
      quantityOnHand: config.startingStock.perStoreSku,
    })),
  ]);
  for (const batch of chunks(stock, ROWS_PER_REQUEST)) await http.post('prima/stock', batch);
}

function styleItems(style: PlannedStyle) {
  const parent = {
    itemCode: style.styleCode,
    description: style.description,
    productStatus: 'FULL',
    vatCode: 'S20',
    sellPrice: price(style.variants[0] ?? { netMinor: 0, grossMinor: 0 }),
  };
  const children = style.variants.map((variant) => ({
    ...primaItem(variant, 'FULL'),
    parentItemCode: style.styleCode,
    attributes: { colour: variant.colour, size: variant.size },
  }));
  return [parent, ...children];
}

function primaItem(item: PlannedItem, productStatus: 'FULL' | 'NON_STOCK') {
  return {
    itemCode: item.sku,
    description: item.description,
    productStatus,
    vatCode: item.vatCode,
    sellPrice: price(item),
  };
}

function price(item: Pick<PlannedItem, 'netMinor' | 'grossMinor'>) {
  return { net: formatMinor(item.netMinor), gross: formatMinor(item.grossMinor), currency: 'GBP' };
}
