import { clarusWms, peoplevoxWms, type VendorClients, type WmsPort } from '@parity/connectors';
import type { DepotMap, StockOwner } from '../depots/depot-settings';
import { primaStockAt, type StockBySku } from './owner-stock-reads';
import type { SnapshotReader } from './snapshot-reader.port';

/** Reads SKUs at the owner's own location: a Peoplevox site, a Clarus warehouse, a Prima depot. */
type OwnerRead = (location: string, skus: readonly string[]) => Promise<StockBySku>;

/**
 * Reads a depot's SKU from its stock owner's API, at the depot's location there (its
 * `location` in INVENTORY_DEPOTS for a WMS; its own code for Prima). Built with the owners
 * whose connection is configured: a depot whose owner has none cannot be asked, so its
 * requests stay open.
 */
export class VendorSnapshotReader implements SnapshotReader {
  constructor(
    private readonly depots: DepotMap,
    private readonly owners: Partial<Record<StockOwner, OwnerRead>>,
  ) {}

  async read(owner: StockOwner, depot: string, skus: readonly string[]): Promise<StockBySku> {
    const read = this.owners[owner];
    if (!read) throw new Error(`no ${owner} connection is configured`);
    const location = owner === 'PRIMA' ? depot : this.depots[depot]?.location;
    // The config requires the location of every depot of a connected WMS; this is a depot it lacks.
    if (location === undefined) throw new Error(`depot ${depot} names no ${owner} location`);
    return read(location, skus);
  }
}

/** The reader of the connected owners of these depots; undefined when none can be asked. */
export function vendorSnapshotReaderOf(
  depots: DepotMap,
  clients: VendorClients,
): SnapshotReader | undefined {
  const { peoplevox, clarus, prima } = clients;
  const wms =
    (port: WmsPort): OwnerRead =>
    (location, skus) =>
      port.stockAt(location, skus);
  const owners: Partial<Record<StockOwner, OwnerRead>> = {
    ...(peoplevox && { PEOPLEVOX: wms(peoplevoxWms(peoplevox)) }),
    ...(clarus && { CLARUS: wms(clarusWms(clarus)) }),
    ...(prima && { PRIMA: (depot, skus) => primaStockAt(prima, depot, skus) }),
  };
  const askable = Object.values(depots).some((depot) => owners[depot.owner] !== undefined);
  return askable ? new VendorSnapshotReader(depots, owners) : undefined;
}
