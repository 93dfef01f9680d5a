import type { WorldView } from '@parity/world';

/** Depot → where it is at one vendor. */
export type DepotLocations<L> = Readonly<Record<string, L>>;

/**
 * The depots swept against each vendor's API and where each is there: every WMS depot at its
 * WMS's location of it (a Peoplevox site, a Clarus warehouse), every WMS-owned depot at Prima
 * under its own code (Parity's depot codes are Prima's), every store depot pushing to a Sitoo
 * warehouse at that warehouse. Depots Prima owns are not swept at Prima: Parity keeps no figure
 * of its own for them to compare (Prima is their source), so every one would look adrift. Lightspeed is not swept: its shops' figures would need reconciliation's
 * own OAuth client and token store.
 */
export interface SweptDepots {
  readonly peoplevox: DepotLocations<string>;
  readonly clarus: DepotLocations<string>;
  readonly prima: DepotLocations<string>;
  readonly sitoo: DepotLocations<number>;
}

/** The swept depots of one world model version. */
export function sweptDepotsOf(world: WorldView): SweptDepots {
  const at = <L>(locate: (depot: string) => L | undefined): DepotLocations<L> =>
    Object.fromEntries(
      world.depots().flatMap(({ code }) => {
        const location = locate(code);
        return location === undefined ? [] : [[code, location] as const];
      }),
    );
  const atWms = (wms: 'PEOPLEVOX' | 'CLARUS') => (depot: string) => {
    const site = world.wmsOf(depot);
    return site?.wms === wms ? site.location : undefined;
  };
  return {
    peoplevox: at(atWms('PEOPLEVOX')),
    clarus: at(atWms('CLARUS')),
    prima: at((depot) => (world.ownerOf(depot) === 'PRIMA' ? undefined : depot)),
    sitoo: at((depot) => world.depot(depot)?.push.sitooWarehouseId ?? undefined),
  };
}
