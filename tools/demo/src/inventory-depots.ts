import type { WorldTables } from '@parity/world';

/**
 * `INVENTORY_DEPOTS` as the world model says: who owns each depot, where it is at its WMS, and
 * where its available-to-sell goes. Inventory does not read the world model yet; until it does,
 * the demo writes its setting from the same world it seeds.
 */
export function inventoryDepotsOf(world: WorldTables): Record<string, object> {
  const depots: Record<string, object> = {};
  for (const depot of world.depots) {
    const location = siteOf(world, depot.code);
    depots[depot.code] =
      depot.owner === 'PRIMA'
        ? { owner: depot.owner }
        : { owner: depot.owner, location, push: { prima: depot.push.prima } };
  }
  return depots;
}

/**
 * `SWEEP_VENDOR_DEPOTS` from the world model (reconciliation does not read it for its sweep
 * yet): each warehouse against its WMS and Prima. Store depots are not swept yet: till sales
 * reach Prima through the orders flow, which is not built, so every till's figure would drift
 * from Prima's and bury the findings that matter.
 */
export function sweptDepotsOf(world: WorldTables): Record<string, unknown> {
  const warehouses = world.depots.filter((d) => d.wms !== null);
  const at = (wms: string) =>
    Object.fromEntries(
      warehouses.filter((d) => d.wms === wms).map((d) => [d.code, siteOf(world, d.code)]),
    );
  return {
    peoplevox: at('PEOPLEVOX'),
    clarus: at('CLARUS'),
    prima: warehouses.map((d) => d.code),
  };
}

function siteOf(world: WorldTables, depot: string): string | undefined {
  return world.vendorLocations.find((l) => l.depot === depot && l.store === null)?.location;
}
