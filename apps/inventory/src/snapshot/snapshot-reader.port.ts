import type { StockOwner } from '../depots/inventory-depots';
import type { StockBySku } from './owner-stock-reads';

/**
 * Reads what a stock owner holds of some SKUs at one of its locations now, through its API
 * (a Peoplevox site or Clarus warehouse for a warehouse depot, Prima's depot for a store
 * depot), in as few calls as it allows. A SKU the owner does not know there is absent. Throws
 * when the owner cannot be asked (the requests stay open).
 */
export interface SnapshotReader {
  read(owner: StockOwner, location: string, skus: readonly string[]): Promise<StockBySku>;
}

/**
 * The vendor-backed SnapshotReader (vendor-snapshot-reader.ts), dispatching on `owner` to the
 * Peoplevox, Clarus and Prima connectors. Bound only when the connection of some stock owner
 * is configured; unbound, snapshot requests are recorded and stay open.
 */
export const OWNER_SNAPSHOT_READER = Symbol('OWNER_SNAPSHOT_READER');
