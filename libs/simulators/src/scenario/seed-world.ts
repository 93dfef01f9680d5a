import type { AdminHttp } from './admin-http';
import type { CataloguePlan } from './catalogue-plan';
import type { ScenarioConfig } from './scenario-config';
import { seedLightspeed } from './seed-lightspeed';
import { seedPrima } from './seed-prima';
import { seedSitoo } from './seed-sitoo';
import { seedUnmappedStores } from './seed-unmapped-stores';
import { seedWarehouses } from './seed-warehouses';
import { PRIMA_WEB_CUSTOMER, storeCodeOf, type SeededWorld, type TillVendor } from './seeded-world';

/**
 * Seeds one consistent catalogue into every system it belongs in: Prima first (it owns the
 * item master), then the WMS and the tills. Expects a freshly reset sandbox.
 */
export async function seedWorld(
  http: AdminHttp,
  config: ScenarioConfig,
  catalogue: CataloguePlan,
): Promise<SeededWorld> {
  const { sitoo, lightspeed } = config.stores;
  const storeCodes = Array.from({ length: sitoo + lightspeed }, (_, index) => storeCodeOf(index));
  const sitooCodes = storeCodes.slice(0, sitoo);
  const lightspeedCodes = storeCodes.slice(sitoo);
  const perStoreSku = config.startingStock.perStoreSku;

  await seedPrima(http, config, catalogue, storeCodes);
  await seedWarehouses(http, config, catalogue);
  const sitooStores = sitoo > 0 ? await seedSitoo(http, catalogue, sitooCodes, perStoreSku) : [];
  const seededLightspeed =
    lightspeed > 0
      ? await seedLightspeed(http, catalogue, lightspeedCodes, perStoreSku)
      : { stores: [], itemIds: {} };
  const tillsInUse = new Set<TillVendor>([
    ...(sitoo > 0 ? (['sitoo'] as const) : []),
    ...(lightspeed > 0 ? (['lightspeed'] as const) : []),
  ]);
  const unmappedStores =
    config.badData.unmappedShop > 0 ? await seedUnmappedStores(http, tillsInUse) : [];

  return {
    catalogue,
    skus: catalogue.variants.map((variant) => variant.sku),
    stores: [...sitooStores, ...seededLightspeed.stores],
    unmappedStores,
    warehouses: config.warehouses,
    lightspeedItemIds: seededLightspeed.itemIds,
    primaWebCustomer: PRIMA_WEB_CUSTOMER,
  };
}
