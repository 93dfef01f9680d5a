import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { SourceSystem } from '@parity/contracts';
import { createLogger } from '@parity/telemetry';
import { WorldModelProvider, type WorldView } from '@parity/world';
import type { InventorySettings, VendorConnections } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import { InventoryDepots, type UnconnectedNeed } from './inventory-depots';

/**
 * Inventory's depots from the current world model (libs/world), so a change to a depot's owner
 * or pushes applies without a restart. Callers take `current()` once per unit of work (a lane,
 * a snapshot round, a push round) and use that version throughout. What the world asks for and
 * inventory has no connection to do is logged once per depot × vendor, not a crash.
 */
@Injectable()
export class InventoryWorld implements OnApplicationBootstrap {
  private readonly log = createLogger(InventoryWorld.name);
  private readonly connected: ReadonlySet<SourceSystem>;
  private held?: { readonly view: WorldView; readonly depots: InventoryDepots };
  private reported = new Set<string>();

  constructor(
    private readonly world: WorldModelProvider,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {
    this.connected = connectedVendorsOf(settings.vendors);
  }

  /** Reports once the world is loaded (not before: a service whose Kafka is down still boots). */
  onApplicationBootstrap(): void {
    this.onChange((depots) => this.report(depots));
  }

  current(): InventoryDepots {
    const view = this.world.current();
    if (this.held?.view !== view) {
      this.held = {
        view,
        depots: new InventoryDepots(view, this.connected, this.settings.baselineFromOwner),
      };
    }
    return this.held.depots;
  }

  /** Called with the depots of the world once loaded, then of each new version. */
  onChange(listener: (depots: InventoryDepots) => void): void {
    this.world.onChange(() => listener(this.current()));
  }

  /** Logs each need not reported while it lasted; one that goes away and comes back is again. */
  private report(depots: InventoryDepots): void {
    const needs = new Map(depots.unconnected().map((n) => [`${n.depot}:${n.vendor}:${n.need}`, n]));
    for (const [key, need] of needs) {
      if (!this.reported.has(key)) this.log.warn('world.depot.unconnected', describe(need));
    }
    this.reported = new Set(needs.keys());
  }
}

function describe(need: UnconnectedNeed): Record<string, string> {
  const { depot, vendor } = need;
  const connection = `${vendor}_API_URL…`;
  return need.need === 'push'
    ? {
        depot,
        vendor,
        effect: `the world model pushes ${depot}'s available-to-sell to ${vendor}, but inventory has no ${vendor} connection (${connection}): nothing is pushed there`,
      }
    : {
        depot,
        vendor,
        effect: `INVENTORY_BASELINE_FROM_OWNER=true, but inventory has no connection to ${vendor} (${connection}), which owns ${depot}: its new pairs wait for a baseline and are not pushed to Prima`,
      };
}

/** The vendors of the configured connections, named as in the contracts. */
export function connectedVendorsOf(vendors: VendorConnections): ReadonlySet<SourceSystem> {
  return new Set(
    Object.entries(vendors)
      .filter(([, connection]) => connection !== undefined)
      .map(([vendor]) => vendor.toUpperCase() as SourceSystem),
  );
}
