import type { WorldModel } from '@parity/contracts';

/** The world's tables (libs/world's WorldTables): a world model version without its stamp. */
type WorldTables = Omit<WorldModel, 'header' | 'version' | 'changedBy' | 'changedAt' | 'note'>;
import type { SeededWorld } from './seeded-world';

type Vendor = 'PEOPLEVOX' | 'CLARUS' | 'SITOO' | 'LIGHTSPEED';
const systemOf = (vendor: string) => vendor.toUpperCase() as Vendor;

/**
 * The world model for a seeded world, as reconciliation is seeded with it (`PUT /world`): each
 * warehouse owned and served by its WMS and pushing Parity's figures to Prima; each store a
 * Prima-owned depot of the same code, sold from its till location. Store depots push nothing
 * to their tills yet: a till may get Prima's figure only once its own sales reach Prima (the
 * orders flow, not built yet), or every push would undo the till's sales since the last one.
 * Tax classes are the sandbox tills' own (Lightspeed taxClassID 1 and 2, Sitoo rates in basis
 * points); Lightspeed's matrix variants map to the SKU they sell.
 */
export function worldModelOf(world: SeededWorld): WorldTables {
  const noPush = { prima: false, sitooWarehouseId: null, lightspeedShopId: null };
  return {
    stores: world.stores.map((s) => ({ code: s.storeCode, name: null })),
    depots: [
      ...world.warehouses.map((w) => ({
        code: w.depotCode,
        owner: systemOf(w.wms),
        wms: systemOf(w.wms),
        store: null,
        contiguousSequence: false,
        push: { ...noPush, prima: true },
      })),
      ...world.stores.map((s) => ({
        code: s.storeCode,
        owner: 'PRIMA' as const,
        wms: null,
        store: s.storeCode,
        contiguousSequence: false,
        push: noPush,
      })),
    ],
    vendorLocations: [
      ...world.warehouses.map((w) => ({
        vendor: systemOf(w.wms),
        location: w.site,
        depot: w.depotCode,
        store: null,
      })),
      ...world.stores.map((s) => ({
        vendor: systemOf(s.till),
        location: s.tillLocationId,
        depot: s.storeCode,
        store: s.storeCode,
      })),
    ],
    vatCodes: [
      { code: 'S20', rateBasisPoints: 2000 },
      { code: 'Z0', rateBasisPoints: 0 },
    ],
    taxClasses: [
      { vendor: 'LIGHTSPEED', taxClass: '1', vatCode: 'S20' },
      { vendor: 'LIGHTSPEED', taxClass: '2', vatCode: 'Z0' },
      { vendor: 'SITOO', taxClass: '2000', vatCode: 'S20' },
      { vendor: 'SITOO', taxClass: '0', vatCode: 'Z0' },
    ],
    paymentMethods: [],
    tenders: [],
    variants: Object.entries(world.lightspeedItemIds).map(([sku, itemId]) => ({
      vendor: 'LIGHTSPEED' as const,
      variantId: itemId,
      sku,
    })),
    // Lightspeed's miscellaneous lines (itemID "0") post to Prima's generic non-stock item.
    nonStockItems: [
      {
        vendor: 'LIGHTSPEED',
        itemId: '0',
        primaItem: world.catalogue.genericNonStock.sku,
        glCode: 'GL-4900',
      },
    ],
  };
}
