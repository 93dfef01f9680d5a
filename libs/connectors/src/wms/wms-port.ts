/** The warehouse systems Parity drives through the WMS port. */
export type WmsName = 'PEOPLEVOX' | 'CLARUS';

/** A SKU's stock at one WMS location, in whole units (every WMS Parity drives counts units). */
export interface WmsStockLevel {
  readonly onHand: number;
  readonly allocated: number;
  /** Present but not sellable (Clarus's stock on hold); Peoplevox keeps no such figure. */
  readonly quarantined: number;
}

/**
 * What Parity asks of a warehouse system, whichever it is; one adapter per WMS over its
 * client. Reads are made in as few calls as the WMS allows (Peoplevox and Clarus budget about
 * one call a second). See README.md for what each WMS lets an order do once released.
 */
export interface WmsPort {
  readonly wms: WmsName;
  /** These SKUs' stock at one location (a Peoplevox site, a Clarus warehouse); a SKU it has no row for is absent. */
  stockAt(location: string, skus: readonly string[]): Promise<ReadonlyMap<string, WmsStockLevel>>;
}

/** Which WMS holds a depot's stock and where: Parity's depot map (a world model, later) answers. */
export type DepotWmsLookup = (
  depot: string,
) => { readonly wms: WmsName; readonly location: string } | undefined;

/** A depot's WMS port and its location there. */
export interface ResolvedWms {
  readonly port: WmsPort;
  readonly location: string;
}

/**
 * Picks the adapter per depot: the lookup names the depot's WMS and location, and the depot
 * resolves only when that WMS is connected (its adapter is among `ports`).
 */
export function wmsResolver(
  lookup: DepotWmsLookup,
  ports: readonly WmsPort[],
): (depot: string) => ResolvedWms | undefined {
  const byName = new Map(ports.map((port) => [port.wms, port]));
  return (depot) => {
    const at = lookup(depot);
    const port = at && byName.get(at.wms);
    return port && at ? { port, location: at.location } : undefined;
  };
}
