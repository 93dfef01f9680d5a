import { chunks, type AdminHttp } from './admin-http';
import type { CataloguePlan, FaultyItem, PlannedItem } from './catalogue-plan';
import { formatMinor } from './money';
import type { SeededStore } from './seeded-world';

const ROWS_PER_REQUEST = 2_000;

interface SitooWarehouse {
  readonly warehouseid: number;
}

/**
 * Sitoo: a product per style with its variants (Sitoo keeps prices net of VAT), the non-stock
 * items and the planted faulty products, a warehouse per store, and the store's stock.
 * Returns the stores with their Sitoo warehouse ids.
 */
export async function seedSitoo(
  http: AdminHttp,
  catalogue: CataloguePlan,
  storeCodes: readonly string[],
  perStoreSku: number,
): Promise<SeededStore[]> {
  const { unknownSku, taxMismatch, totalsMismatch } = catalogue.faults;
  const products = [
    ...catalogue.styles.flatMap((style) => [
      { sku: style.styleCode, title: style.description, ...sitooPrice(style.variants[0]) },
      ...style.variants.map((variant) => ({
        sku: variant.sku,
        title: variant.description,
        parentSku: style.styleCode,
        ...sitooPrice(variant),
      })),
    ]),
    ...catalogue.nonStock.map((item) => ({
      sku: item.sku,
      title: item.description,
      ...sitooPrice(item),
    })),
    ...[unknownSku, taxMismatch, totalsMismatch].map((item) => ({
      sku: item.sku,
      title: item.description,
      ...tillPrice(item),
    })),
  ];
  for (const batch of chunks(products, ROWS_PER_REQUEST)) await http.post('sitoo/products', batch);
  if (storeCodes.length === 0) return [];
  const warehouses = await http.post<SitooWarehouse[]>(
    'sitoo/warehouses',
    storeCodes.map((code) => ({
      name: `Store ${code}`,
      currencycode: 'GBP',
      timezone: 'Europe/London',
      externalid: code,
      storeExternalid: code,
    })),
  );
  const stores = warehouses.map((w, index): SeededStore => ({
    storeCode: storeCodes[index] as string,
    till: 'sitoo',
    tillLocationId: String(w.warehouseid),
  }));
  const stock = warehouses.flatMap((w) =>
    catalogue.variants.map((variant) => ({
      warehouseid: w.warehouseid,
      sku: variant.sku,
      total: String(perStoreSku),
    })),
  );
  for (const batch of chunks(stock, ROWS_PER_REQUEST)) await http.put('sitoo/stock', batch);
  return stores;
}

function sitooPrice(item: PlannedItem | undefined) {
  const vatvalue = item?.vatCode === 'Z0' ? 0 : 20;
  return { moneyprice: formatMinor(item?.netMinor ?? 0), vatvalue };
}

function tillPrice(item: FaultyItem) {
  const { grossMinor, vatPercent } = item.till;
  // Faulty till prices are whole multiples of (100 + rate) pence, so the net is exact too.
  const netMinor = (grossMinor * 100) / (100 + vatPercent);
  return { moneyprice: formatMinor(netMinor), vatvalue: vatPercent };
}
