import type { SourceSystem } from '@parity/contracts';
import type { stockOwners, WorldView } from '@parity/world';
import { PUSH_TARGETS, type PushTarget } from '../push/push-target';

/** The systems that own a depot's stock: its WMS for a warehouse, Prima for a store. */
export type StockOwner = (typeof stockOwners)[number];

/** Something the world asks of inventory that it has no vendor connection for. */
export interface UnconnectedNeed {
  readonly depot: string;
  readonly vendor: SourceSystem;
  /** `push`: the world pushes the depot's figures there; `baseline`: its owner must be read. */
  readonly need: 'push' | 'baseline';
}

/**
 * Inventory's depots as one world model version says, with what inventory can reach: who owns
 * each depot's stock, where its owner is asked for it, where its available-to-sell goes. A
 * push to a target inventory has no connection for is not made (and reported, see
 * `unconnected`): the world may name a till before its connection is deployed.
 */
export class InventoryDepots {
  constructor(
    readonly world: WorldView,
    /** The vendors whose connection is configured. */
    private readonly connected: ReadonlySet<SourceSystem>,
    /** INVENTORY_BASELINE_FROM_OWNER; unset: whenever every WMS owning a depot can be read. */
    private readonly baselineSetting: boolean | undefined,
  ) {}

  /** The depot's stock owner; undefined for a depot the world does not have. */
  ownerOf(depot: string): StockOwner | undefined {
    // The world's schema admits only stock owners as a depot's owner.
    return this.world.ownerOf(depot) as StockOwner | undefined;
  }

  contiguousSequence(depot: string): boolean {
    return this.world.depot(depot)?.contiguousSequence ?? false;
  }

  /**
   * Where the depot's owner is asked for its stock: a WMS depot's location at its WMS (the
   * Peoplevox site, the Clarus warehouse), a Prima depot's own code (Parity's are Prima's).
   */
  ownerLocation(depot: string): string | undefined {
    const owner = this.ownerOf(depot);
    if (owner === 'PRIMA') return depot;
    const wms = this.world.wmsOf(depot);
    return wms !== undefined && wms.wms === owner ? wms.location : undefined;
  }

  /** The store of a store depot, named in the sync acks of its till pushes. */
  storeOf(depot: string): string | undefined {
    return this.world.depot(depot)?.store ?? undefined;
  }

  sitooWarehouseOf(depot: string): number | undefined {
    return this.world.depot(depot)?.push.sitooWarehouseId ?? undefined;
  }

  lightspeedShopOf(depot: string): string | undefined {
    return this.world.depot(depot)?.push.lightspeedShopId ?? undefined;
  }

  /** The targets of the depot's figures: those the world names that inventory can reach. */
  pushTargetsOf(depot: string): PushTarget[] {
    return this.namedTargetsOf(depot).filter((target) => this.connected.has(target));
  }

  /** Every target × depot inventory pushes to. */
  pushTargets(): { target: PushTarget; depot: string }[] {
    return this.world
      .depots()
      .flatMap(({ code }) => this.pushTargetsOf(code).map((target) => ({ target, depot: code })));
  }

  /** Whether a pair's figure waits for its owner's own before it is pushed to Prima. */
  get requireBaseline(): boolean {
    return this.baselineSetting ?? (this.wmsDepots().length > 0 && this.everyWmsConnected());
  }

  /** What the world asks for that inventory has no connection to do, one entry per depot × vendor. */
  unconnected(): UnconnectedNeed[] {
    const pushes = this.world.depots().flatMap(({ code }) =>
      this.namedTargetsOf(code)
        .filter((target) => !this.connected.has(target))
        .map((vendor) => ({ depot: code, vendor, need: 'push' as const })),
    );
    // Only a baseline asked for outright needs every WMS: by default it is off without them.
    const baselines = this.baselineSetting
      ? this.wmsDepots()
          .filter(({ owner }) => !this.connected.has(owner))
          .map(({ code, owner }) => ({ depot: code, vendor: owner, need: 'baseline' as const }))
      : [];
    return [...pushes, ...baselines];
  }

  private namedTargetsOf(depot: string): PushTarget[] {
    const push = this.world.depot(depot)?.push;
    if (!push) return [];
    const named: Record<PushTarget, boolean> = {
      PRIMA: push.prima,
      SITOO: push.sitooWarehouseId !== null,
      LIGHTSPEED: push.lightspeedShopId !== null,
    };
    return PUSH_TARGETS.filter((target) => named[target]);
  }

  private wmsDepots() {
    return this.world.depots().filter((depot) => depot.owner !== 'PRIMA');
  }

  private everyWmsConnected(): boolean {
    return this.wmsDepots().every(({ owner }) => this.connected.has(owner));
  }
}
