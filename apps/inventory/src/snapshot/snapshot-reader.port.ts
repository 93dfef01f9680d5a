import type { StockLevels } from '@parity/contracts';
import type { StockOwner } from '../depots/depot-settings';

/**
 * Reads what a stock owner holds of one SKU in one depot now, through its API: Peoplevox or
 * Clarus for a warehouse depot, Prima for a store depot. Undefined when the owner does not
 * know the SKU there. Throws when the owner cannot be asked (the request stays open).
 */
export interface SnapshotReader {
  read(owner: StockOwner, depot: string, sku: string): Promise<StockLevels | undefined>;
}

/**
 * The vendor-backed SnapshotReader (vendor-snapshot-reader.ts), dispatching on `owner` to the
 * Peoplevox, Clarus and Prima connectors. Bound only when the connection of an owner of some
 * depot is configured; unbound, snapshot requests are recorded and stay open.
 */
export const OWNER_SNAPSHOT_READER = Symbol('OWNER_SNAPSHOT_READER');
