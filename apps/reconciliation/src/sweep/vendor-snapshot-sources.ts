import type { VendorClients } from '@parity/connectors';
import { ApiSnapshotSource } from './api-snapshot-source';
import type { StockSnapshotSource } from './stock-snapshot-source';
import type { DepotLocations, SweptDepots } from './swept-depots';
import { clarusStock, peoplevoxStock, primaStock, sitooStock } from './vendor-stock-reads';

/**
 * A source per vendor with depots to sweep and a configured connection, read through its
 * client: the WMSs first, then Prima, then the tills. A vendor without a connection is not
 * swept.
 */
export function vendorSnapshotSourcesOf(
  depots: SweptDepots,
  { peoplevox, clarus, prima, sitoo }: VendorClients,
): StockSnapshotSource[] {
  const some = (locations: DepotLocations<unknown>) => Object.keys(locations).length > 0;
  const sources: StockSnapshotSource[] = [];
  if (some(depots.peoplevox) && peoplevox) {
    sources.push(
      new ApiSnapshotSource('PEOPLEVOX', depots.peoplevox, (site: string) =>
        peoplevoxStock(peoplevox, site),
      ),
    );
  }
  if (some(depots.clarus) && clarus) {
    sources.push(
      new ApiSnapshotSource('CLARUS', depots.clarus, (warehouse: string) =>
        clarusStock(clarus, warehouse),
      ),
    );
  }
  if (some(depots.prima) && prima) {
    sources.push(
      new ApiSnapshotSource('PRIMA', depots.prima, (depot: string) => primaStock(prima, depot)),
    );
  }
  if (some(depots.sitoo) && sitoo) {
    sources.push(
      new ApiSnapshotSource('SITOO', depots.sitoo, (warehouseId: number) =>
        sitooStock(sitoo, warehouseId),
      ),
    );
  }
  return sources;
}
