import { depotOwnersOf, type SeededWorld } from '@parity/simulators';

/**
 * `INVENTORY_DEPOTS` for a seeded world: who owns each depot, and where its available-to-sell
 * goes. Warehouse depots push Parity's figures to Prima; Sitoo stores get Prima's figure on
 * their till warehouse. Lightspeed stores are left out in the sandbox: its simulator issues one
 * refresh-token chain per account, which edge's poller owns, and a second owner would break it
 * (in production inventory has an OAuth client of its own).
 */
export function inventoryDepotsOf(world: SeededWorld): Record<string, object> {
  const depots: Record<string, object> = {};
  for (const [code, { owner }] of Object.entries(depotOwnersOf(world))) {
    depots[code] = owner === 'PRIMA' ? { owner } : { owner, push: { prima: true } };
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
