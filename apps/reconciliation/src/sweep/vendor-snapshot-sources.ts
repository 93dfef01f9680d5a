import type { VendorClients } from '@parity/connectors';
import { ApiSnapshotSource } from './api-snapshot-source';
import type { StockSnapshotSource } from './stock-snapshot-source';
import type { VendorDepots } from './vendor-depots';
import { clarusStock, peoplevoxStock, primaStock, sitooStock } from './vendor-stock-reads';

/**
 * A source per vendor with depots to sweep (SWEEP_VENDOR_DEPOTS), read through its client
 * (the config requires a connection for each vendor listed): the WMSs first, then Prima, then
 * the tills.
 */
export function vendorSnapshotSourcesOf(
  depots: VendorDepots,
  { peoplevox, clarus, prima, sitoo }: VendorClients,
): StockSnapshotSource[] {
  const sources: StockSnapshotSource[] = [];
  if (depots.peoplevox && peoplevox) {
    sources.push(
      new ApiSnapshotSource('PEOPLEVOX', depots.peoplevox, (site: string) =>
        peoplevoxStock(peoplevox, site),
      ),
    );
  }
  if (depots.clarus && clarus) {
    sources.push(
      new ApiSnapshotSource('CLARUS', depots.clarus, (warehouse: string) =>
        clarusStock(clarus, warehouse),
      ),
    );
  }
  if (depots.prima && prima) {
    const ownCodes = Object.fromEntries(depots.prima.map((depot) => [depot, depot]));
    sources.push(
      new ApiSnapshotSource('PRIMA', ownCodes, (depot: string) => primaStock(prima, depot)),
    );
  }
  if (depots.sitoo && sitoo) {
    sources.push(
      new ApiSnapshotSource('SITOO', depots.sitoo, (warehouseId: number) =>
        sitooStock(sitoo, warehouseId),
      ),
    );
  }
  return sources;
}
