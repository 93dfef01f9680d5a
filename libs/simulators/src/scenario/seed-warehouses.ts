import { forEachLimited, type AdminHttp } from './admin-http';
import type { CataloguePlan, PlannedItem } from './catalogue-plan';
import { formatMinor } from './money';
import type { ScenarioConfig, WarehouseConfig } from './scenario-config';

const CONCURRENCY = 16;

/**
 * The WMS side: the same SKUs as Peoplevox item types and Clarus products (stock items only;
 * non-stock lines never reach a WMS), and the starting stock at each configured site.
 */
export async function seedWarehouses(
  http: AdminHttp,
  config: ScenarioConfig,
  catalogue: CataloguePlan,
): Promise<void> {
  const { taxMismatch, totalsMismatch } = catalogue.faults;
  const items: PlannedItem[] = [...catalogue.variants, taxMismatch, totalsMismatch];
  const wmsInUse = new Set(config.warehouses.map((w) => w.wms));
  if (wmsInUse.has('peoplevox')) {
    await http.post(
      'peoplevox/items',
      items.map((item) => ({
        itemCode: item.sku,
        name: item.description,
        retailPrice: formatMinor(item.grossMinor),
      })),
    );
  }
  if (wmsInUse.has('clarus')) {
    await forEachLimited(items, CONCURRENCY, (item) =>
      // As Parity's item sync creates them: its own SKU in external_system_reference1, which
      // is how Clarus's webhooks name the product back to Parity.
      http.post('clarus/products', {
        sku: item.sku,
        name: item.description,
        external_system_reference1: item.sku,
      }),
    );
  }
  const rows = config.warehouses.flatMap((warehouse) =>
    catalogue.variants.map((variant) => ({ warehouse, sku: variant.sku })),
  );
  await forEachLimited(rows, CONCURRENCY, ({ warehouse, sku }) =>
    setWmsStock(http, warehouse, sku, config.startingStock.perWarehouseSku),
  );
}

function setWmsStock(http: AdminHttp, warehouse: WarehouseConfig, sku: string, onHand: number) {
  return warehouse.wms === 'peoplevox'
    ? http.put('peoplevox/stock', { itemCode: sku, site: warehouse.site, onHand })
    : http.put('clarus/stock', { product: sku, warehouse: warehouse.site, on_hand: onHand });
}
