import type { Rng } from '../platform/rng';
import type { AdminHttp } from './admin-http';
import type { ChannelBelief } from './channel-belief';
import type { PhysicalStock } from './physical-stock';
import type { ScenarioConfig } from './scenario-config';
import type { ScenarioTally } from './scenario-tally';
import type { SeededStore, SeededWorld, TillVendor } from './seeded-world';
import type { RungUpSale, Till } from './tills';

/** A sale rung up earlier at a mapped store, which a later return or exchange can refer to. */
export interface PastSale {
  readonly store: SeededStore;
  readonly sale: RungUpSale;
  /** Units already brought back, per till line. */
  readonly returned: Map<string, number>;
}

/** What every activity works with: the world, the simulators, the books and the tally. */
export interface DriverContext {
  readonly config: ScenarioConfig;
  readonly world: SeededWorld;
  readonly http: AdminHttp;
  /** Draws every choice an activity makes; arrivals have their own stream. */
  readonly rng: Rng;
  readonly tally: ScenarioTally;
  readonly physical: PhysicalStock;
  readonly tills: Readonly<Record<TillVendor, Till>>;
  readonly tillBeliefs: Readonly<Record<TillVendor, ChannelBelief>>;
  readonly primaAts: ChannelBelief;
  readonly pastSales: PastSale[];
  /** Numbers the driver's own references (customer references, PO numbers). */
  nextSequence(): number;
}
