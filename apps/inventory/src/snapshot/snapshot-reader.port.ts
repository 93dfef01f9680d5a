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
 * Bind the vendor-backed SnapshotReader here (one dispatching on `owner` to the Peoplevox,
 * Clarus and Prima connectors of libs/connectors). Until one is bound, snapshot requests are
 * recorded and stay open; nothing reads them.
 */
export const OWNER_SNAPSHOT_READER = Symbol('OWNER_SNAPSHOT_READER');
