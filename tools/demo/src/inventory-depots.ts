import { depotOwnersOf, type SeededWorld } from '@parity/simulators';

/**
 * `INVENTORY_DEPOTS` for a seeded world: who owns each depot, where it is at its WMS, and where
 * its available-to-sell goes. Warehouse depots push Parity's figures to Prima; Sitoo stores
 * get Prima's figure on their till warehouse. Lightspeed stores are left out in the sandbox: its simulator issues one
 * refresh-token chain per account, which edge's poller owns, and a second owner would break it
 * (in production inventory has an OAuth client of its own).
 */
export function inventoryDepotsOf(world: SeededWorld): Record<string, object> {
  const depots: Record<string, object> = {};
  for (const [code, { owner }] of Object.entries(depotOwnersOf(world))) {
    const location = world.warehouses.find((w) => w.depotCode === code)?.site;
    depots[code] = owner === 'PRIMA' ? { owner } : { owner, location, push: { prima: true } };
  }
  for (const store of world.stores) {
    if (store.till !== 'sitoo') continue;
    depots[store.storeCode] = {
      owner: 'PRIMA',
      store: store.storeCode,
      push: { sitoo: { warehouseId: Number(store.tillLocationId) } },
    };
  }
  return depots;
}

/**
 * `SWEEP_VENDOR_DEPOTS` for a seeded world: each warehouse against its WMS and Prima. Store
 * depots are not swept yet: till sales reach Prima through the orders flow, which is not built,
 * so every till's figure would drift from Prima's and bury the findings that matter.
 */
export function sweptDepotsOf(world: SeededWorld): Record<string, unknown> {
  const at = (wms: string) =>
    Object.fromEntries(
      world.warehouses.filter((w) => w.wms === wms).map((w) => [w.depotCode, w.site]),
    );
  return {
    peoplevox: at('peoplevox'),
    clarus: at('clarus'),
    prima: world.warehouses.map((w) => w.depotCode),
  };
}
