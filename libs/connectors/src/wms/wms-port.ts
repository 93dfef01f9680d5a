import type {
  WmsPlaced,
  WmsPurchaseOrder,
  WmsSalesOrder,
  WmsSalesOrderContent,
  WmsSalesOrderState,
} from './wms-documents';

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
 *
 * Writes are idempotent by Parity's reference: each looks for its record before it makes it,
 * so a call repeated after a lost answer finds the earlier record and never makes a second.
 * Failures are `ConnectorError`s (`retriable` tells a transient one from a refusal); an order
 * the warehouse will no longer change is a `WmsChangeRefused`.
 */
export interface WmsPort {
  readonly wms: WmsName;
  /** These SKUs' stock at one location (a Peoplevox site, a Clarus warehouse); a SKU it has no row for is absent. */
  stockAt(location: string, skus: readonly string[]): Promise<ReadonlyMap<string, WmsStockLevel>>;
  /** Places a sales order (stock lines only) once per reference. */
  createSalesOrder(order: WmsSalesOrder): Promise<WmsPlaced>;
  /**
   * Replaces an order's content, the way the WMS allows (README.md): the answer names the
   * reference the amended order goes by from now on, which may be new (Peoplevox). Refused
   * with `WmsChangeRefused` once picking has started.
   */
  amendSalesOrder(reference: string, order: WmsSalesOrderContent): Promise<WmsPlaced>;
  /** Cancels an order; one already cancelled is left as it is. Refused once it has despatched (Peoplevox) or picking has started (Clarus). */
  cancelSalesOrder(reference: string): Promise<void>;
  /** Where an order stands; undefined when the WMS has none by this reference. */
  salesOrderStatus(reference: string): Promise<WmsSalesOrderState | undefined>;
  /** Places a pre-receipt (goods expected in) once per reference; receipts quote that reference. */
  createPurchaseOrder(po: WmsPurchaseOrder): Promise<WmsPlaced>;
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
