import { clarusWms, peoplevoxWms, type VendorClients, type WmsPort } from '@parity/connectors';
import type { StockOwner } from '../depots/inventory-depots';
import { primaStockAt, type StockBySku } from './owner-stock-reads';
import type { SnapshotReader } from './snapshot-reader.port';

/** Reads SKUs at the owner's own location: a Peoplevox site, a Clarus warehouse, a Prima depot. */
type OwnerRead = (location: string, skus: readonly string[]) => Promise<StockBySku>;

/**
 * Reads SKUs from their stock owner's API at its location (the world model's, found by the
 * snapshot worker). Built with the owners whose connection is configured: a depot whose owner
 * has none cannot be asked, so its requests stay open.
 */
export class VendorSnapshotReader implements SnapshotReader {
  constructor(private readonly owners: Partial<Record<StockOwner, OwnerRead>>) {}

  async read(owner: StockOwner, location: string, skus: readonly string[]): Promise<StockBySku> {
    const read = this.owners[owner];
    if (!read) throw new Error(`no ${owner} connection is configured`);
    return read(location, skus);
  }
}

/** The reader of the connected stock owners; undefined when none is connected. */
export function vendorSnapshotReaderOf(clients: VendorClients): SnapshotReader | undefined {
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
  return Object.keys(owners).length > 0 ? new VendorSnapshotReader(owners) : undefined;
}
