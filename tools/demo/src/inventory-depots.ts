import { depotOwnersOf, type SeededWorld } from '@parity/simulators';

/**
 * `INVENTORY_DEPOTS` for a seeded world: who owns each depot, where it is at its WMS, and where
 * its available-to-sell goes. Warehouse depots push Parity's figures to Prima. Store depots are
 * Prima's and push nothing yet: a till gets Prima's figure for its store, which is right only
 * once the till's own sales reach Prima (the orders flow, not built yet); until then every push
 * would undo the till's sales since the last one and let it sell stock that is gone. The
 * store-depot flow is covered by test/inventory/ats-push.int-spec.ts.
 */
export function inventoryDepotsOf(world: SeededWorld): Record<string, object> {
  const depots: Record<string, object> = {};
  for (const [code, { owner }] of Object.entries(depotOwnersOf(world))) {
    const location = world.warehouses.find((w) => w.depotCode === code)?.site;
    depots[code] = owner === 'PRIMA' ? { owner } : { owner, location, push: { prima: true } };
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
