import { forEachLimited, type AdminHttp } from './admin-http';
import type { CataloguePlan } from './catalogue-plan';
import { formatMinor } from './money';
import type { SeededStore } from './seeded-world';

const CONCURRENCY = 16;

interface LightspeedRecord {
  readonly shopID?: string;
  readonly itemMatrixID?: string;
  readonly itemID?: string;
}

interface LightspeedItemBody {
  readonly description: string;
  readonly customSku: string;
  readonly price: string;
  readonly itemType?: 'gift_card' | 'non_inventory';
  readonly itemMatrixID?: string;
  readonly attributes?: { attribute1: string; attribute2: string };
}

export interface SeededLightspeed {
  readonly stores: SeededStore[];
  /** itemID per item code (the item's customSku). */
  readonly itemIds: Record<string, string>;
}

/**
 * Lightspeed R-Series: a shop per store, an item matrix per style whose variants carry colour
 * and size as attributes, items with customSku = Prima's item code (prices tax-inclusive, as
 * R-Series keeps them), and each shop's quantity on hand.
 */
export async function seedLightspeed(
  http: AdminHttp,
  catalogue: CataloguePlan,
  storeCodes: readonly string[],
  perStoreSku: number,
): Promise<SeededLightspeed> {
  const itemIds: Record<string, string> = {};
  const addItem = async (body: LightspeedItemBody) => {
    const item = await http.post<LightspeedRecord>('lightspeed/items', body);
    itemIds[body.customSku] = required(item.itemID, 'itemID');
  };
  await forEachLimited(catalogue.styles, CONCURRENCY, async (style) => {
    const matrix = await http.post<LightspeedRecord>('lightspeed/matrices', {
      description: style.description,
    });
    for (const variant of style.variants) {
      await addItem({
        description: variant.description,
        customSku: variant.sku,
        price: formatMinor(variant.grossMinor),
        itemMatrixID: required(matrix.itemMatrixID, 'itemMatrixID'),
        attributes: { attribute1: variant.colour, attribute2: variant.size },
      });
    }
  });
  for (const item of catalogue.nonStock) {
    await addItem({
      description: item.description,
      customSku: item.sku,
      price: formatMinor(item.grossMinor),
      itemType: item.sku.startsWith('GIFTCARD') ? 'gift_card' : 'non_inventory',
    });
  }
  const { unknownSku, taxMismatch, totalsMismatch } = catalogue.faults;
  for (const item of [unknownSku, taxMismatch, totalsMismatch]) {
    // R-Series taxes every line at the shop's rate, so the zero-rated item is charged 20 %.
    await addItem({
      description: item.description,
      customSku: item.sku,
      price: formatMinor(item.till.grossMinor),
    });
  }
  const stores: SeededStore[] = [];
  for (const storeCode of storeCodes) {
    const shop = await http.post<LightspeedRecord>('lightspeed/shops', {
      name: `Store ${storeCode}`,
      timeZone: 'Europe/London',
    });
    stores.push({ storeCode, till: 'lightspeed', tillLocationId: required(shop.shopID, 'shopID') });
  }
  const rows = stores.flatMap((store) =>
    catalogue.variants.map((variant) => ({
      itemID: itemIds[variant.sku] as string,
      shopID: store.tillLocationId,
      qoh: perStoreSku,
    })),
  );
  await forEachLimited(rows, CONCURRENCY, (row) => http.put('lightspeed/stock', row));
  return { stores, itemIds };
}

function required(value: string | undefined, field: string): string {
  if (value === undefined) throw new Error(`Lightspeed answered without ${field}`);
  return value;
}
