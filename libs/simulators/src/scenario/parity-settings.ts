import type { SeededWorld } from './seeded-world';

/** Edge's `EDGE_LOCATIONS`: which depot each WMS site and till location is, and which store. */
export interface EdgeLocations {
  readonly depots: Record<string, Record<string, string>>;
  readonly stores: Record<string, Record<string, string>>;
}

export type DepotOwner = 'PEOPLEVOX' | 'CLARUS' | 'PRIMA';

/** The mapped stores and warehouses of a seeded world, in the shape edge parses. */
export function edgeLocationsOf(world: SeededWorld): EdgeLocations {
  const depots: Record<string, Record<string, string>> = {};
  const stores: Record<string, Record<string, string>> = {};
  const put = (map: typeof depots, vendor: string, key: string, value: string) => {
    map[vendor] = { ...map[vendor], [key]: value };
  };
  for (const warehouse of world.warehouses) {
    put(depots, warehouse.wms, warehouse.site, warehouse.depotCode);
  }
  for (const store of world.stores) {
    put(depots, store.till, store.tillLocationId, store.storeCode);
    put(stores, store.till, store.tillLocationId, store.storeCode);
  }
  return { depots, stores };
}

/**
 * Who owns each depot's stock (`INVENTORY_DEPOTS`): a warehouse its WMS, a store Prima, since
 * in a POS setup the tills decrement Prima and Prima's figures are pushed back to the tills.
 */
export function depotOwnersOf(world: SeededWorld): Record<string, { owner: DepotOwner }> {
  const owners: Record<string, { owner: DepotOwner }> = {};
  for (const warehouse of world.warehouses) {
    owners[warehouse.depotCode] = { owner: warehouse.wms === 'peoplevox' ? 'PEOPLEVOX' : 'CLARUS' };
  }
  for (const store of world.stores) owners[store.storeCode] = { owner: 'PRIMA' };
  return owners;
}
