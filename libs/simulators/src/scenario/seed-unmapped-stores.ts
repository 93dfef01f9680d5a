import type { AdminHttp } from './admin-http';
import type { SeededStore, TillVendor } from './seeded-world';

const POP_UP_CODE = 'POPUP';

/**
 * A pop-up shop in each till in use that nobody told Parity about: it is left out of
 * `EDGE_LOCATIONS`, so every sale there is an unmapped-shop fault. It holds no stock.
 */
export async function seedUnmappedStores(
  http: AdminHttp,
  tills: ReadonlySet<TillVendor>,
): Promise<SeededStore[]> {
  const stores: SeededStore[] = [];
  if (tills.has('sitoo')) {
    const [warehouse] = await http.post<{ warehouseid: number }[]>('sitoo/warehouses', [
      { name: 'Pop-up (unmapped)', currencycode: 'GBP', timezone: 'Europe/London' },
    ]);
    if (warehouse) {
      stores.push({
        storeCode: POP_UP_CODE,
        till: 'sitoo',
        tillLocationId: String(warehouse.warehouseid),
      });
    }
  }
  if (tills.has('lightspeed')) {
    const shop = await http.post<{ shopID: string }>('lightspeed/shops', {
      name: 'Pop-up (unmapped)',
      timeZone: 'Europe/London',
    });
    stores.push({ storeCode: POP_UP_CODE, till: 'lightspeed', tillLocationId: shop.shopID });
  }
  return stores;
}
