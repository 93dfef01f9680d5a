import type { NonStockItemMapping, SourceSystem, WorldDepot, WorldModel } from '@parity/contracts';
import { emptyWorld, type WorldTables } from './world-tables';

/** Where a WMS depot is at its WMS: the system and its own id (Peoplevox site, Clarus warehouse). */
export interface WmsLocation {
  readonly wms: SourceSystem;
  readonly location: string;
}

/**
 * One version of the world with the lookups the services make, each indexed once. Vendors are
 * named as in the contracts (`LIGHTSPEED`); locations, ids and classes as the vendor writes them.
 */
export class WorldView {
  private readonly depotsByCode: ReadonlyMap<string, WorldDepot>;
  private readonly locations: ReadonlyMap<string, WorldTables['vendorLocations'][number]>;
  private readonly wmsLocations: ReadonlyMap<string, WmsLocation>;
  private readonly skus: ReadonlyMap<string, string>;
  private readonly vatCodes: ReadonlyMap<string, string>;
  private readonly paymentMethods: ReadonlyMap<string, string>;
  private readonly nonStock: ReadonlyMap<string, NonStockItemMapping>;

  constructor(
    readonly tables: WorldTables,
    /** 0 for the empty world a reader holds before any version was published. */
    readonly version: number,
  ) {
    const by = <R>(rows: readonly R[], key: (row: R) => string) =>
      new Map(rows.map((row) => [key(row), row]));
    this.depotsByCode = by(tables.depots, (d) => d.code);
    this.locations = by(tables.vendorLocations, (l) => `${l.vendor}:${l.location}`);
    this.wmsLocations = new Map(
      tables.depots.flatMap((depot) => {
        const site = tables.vendorLocations.find(
          (l) => l.vendor === depot.wms && l.depot === depot.code,
        );
        return site ? [[depot.code, { wms: site.vendor, location: site.location }] as const] : [];
      }),
    );
    const mapOf = <R extends { vendor: string }>(rows: readonly R[], k: keyof R, v: keyof R) =>
      new Map(rows.map((row) => [`${row.vendor}:${String(row[k])}`, String(row[v])]));
    this.skus = mapOf(tables.variants, 'variantId', 'sku');
    this.vatCodes = mapOf(tables.taxClasses, 'taxClass', 'vatCode');
    this.paymentMethods = mapOf(tables.tenders, 'tender', 'paymentMethod');
    this.nonStock = by(tables.nonStockItems, (n) => `${n.vendor}:${n.itemId}`);
  }

  static of(model: WorldModel): WorldView {
    const { header: _h, version, changedBy: _b, changedAt: _a, note: _n, ...tables } = model;
    return new WorldView(tables, version);
  }

  static readonly empty = new WorldView(emptyWorld, 0);

  depots(): readonly WorldDepot[] {
    return this.tables.depots;
  }

  depot(code: string): WorldDepot | undefined {
    return this.depotsByCode.get(code);
  }

  /** The depot a vendor's location (site, warehouse, till warehouse or shop) is. */
  depotOfVendorLocation(vendor: SourceSystem, location: string): string | undefined {
    return this.locations.get(`${vendor}:${location}`)?.depot ?? undefined;
  }

  /** The store a till location (Sitoo warehouse, Lightspeed shop) sells for. */
  storeOfShop(vendor: SourceSystem, location: string): string | undefined {
    return this.locations.get(`${vendor}:${location}`)?.store ?? undefined;
  }

  ownerOf(depot: string): SourceSystem | undefined {
    return this.depotsByCode.get(depot)?.owner;
  }

  wmsOf(depot: string): WmsLocation | undefined {
    return this.wmsLocations.get(depot);
  }

  skuOfVariant(vendor: SourceSystem, variantId: string): string | undefined {
    return this.skus.get(`${vendor}:${variantId}`);
  }

  /** Prima's VAT code for a till's tax class (Lightspeed) or VAT rate in basis points (Sitoo). */
  vatCodeOf(vendor: SourceSystem, taxClass: string): string | undefined {
    return this.vatCodes.get(`${vendor}:${taxClass}`);
  }

  paymentMethodOf(vendor: SourceSystem, tender: string): string | undefined {
    return this.paymentMethods.get(`${vendor}:${tender}`);
  }

  /** The generic Prima non-stock item and GL code a till's miscellaneous item posts to. */
  nonStockItem(vendor: SourceSystem, itemId: string): NonStockItemMapping | undefined {
    return this.nonStock.get(`${vendor}:${itemId}`);
  }
}
