import { ClarusClient, PeoplevoxClient, PrimaRestClient, SitooClient } from '@parity/connectors';
import type { VendorConnections } from '../reconciliation.config';
import { ApiSnapshotSource } from './api-snapshot-source';
import type { StockSnapshotSource } from './stock-snapshot-source';
import type { VendorDepots } from './vendor-depots';
import { clarusStock, peoplevoxStock, primaStock, sitooStock } from './vendor-stock-reads';

/**
 * A source per vendor with depots to sweep (SWEEP_VENDOR_DEPOTS), read through its connection
 * (the config requires one for each vendor listed): the WMSs first, then Prima, then the tills.
 */
export function vendorSnapshotSourcesOf(
  depots: VendorDepots,
  vendors: VendorConnections,
): StockSnapshotSource[] {
  const sources: StockSnapshotSource[] = [];
  if (depots.peoplevox && vendors.peoplevox) {
    const peoplevox = new PeoplevoxClient(vendors.peoplevox);
    sources.push(
      new ApiSnapshotSource('PEOPLEVOX', depots.peoplevox, (site: string) =>
        peoplevoxStock(peoplevox, site),
      ),
    );
  }
  if (depots.clarus && vendors.clarus) {
    const clarus = new ClarusClient(vendors.clarus);
    sources.push(
      new ApiSnapshotSource('CLARUS', depots.clarus, (warehouse: string) =>
        clarusStock(clarus, warehouse),
      ),
    );
  }
  if (depots.prima && vendors.prima) {
    const prima = new PrimaRestClient(vendors.prima);
    const ownCodes = Object.fromEntries(depots.prima.map((depot) => [depot, depot]));
    sources.push(
      new ApiSnapshotSource('PRIMA', ownCodes, (depot: string) => primaStock(prima, depot)),
    );
  }
  if (depots.sitoo && vendors.sitoo) {
    const sitoo = new SitooClient(vendors.sitoo);
    sources.push(
      new ApiSnapshotSource('SITOO', depots.sitoo, (warehouseId: number) =>
        sitooStock(sitoo, warehouseId),
      ),
    );
  }
  return sources;
}
