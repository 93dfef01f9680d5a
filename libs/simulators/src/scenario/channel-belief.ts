import type { AdminHttp } from './admin-http';

/**
 * What a sales channel believes it can sell: a figure read from its own system through the
 * sandbox's admin API, trusted for `refreshMs` and, in between, moved by the driver's own
 * sales so it tracks what the channel's system did with them.
 */
export interface ChannelBelief {
  available(location: string, sku: string): Promise<number>;
  /** The driver's own change to the channel's figure (negative for a sale). */
  move(location: string, sku: string, delta: number): void;
}

/** A cache of per-location figures, re-read from the vendor when older than `refreshMs`. */
abstract class RefreshedBelief implements ChannelBelief {
  private readonly figures = new Map<string, Map<string, number>>();
  private readonly readAt = new Map<string, number>();

  constructor(private readonly refreshMs: number) {}

  protected abstract read(location: string): Promise<Map<string, number>>;

  async available(location: string, sku: string): Promise<number> {
    const fresh = Date.now() - (this.readAt.get(location) ?? -Infinity) < this.refreshMs;
    if (!fresh) {
      this.figures.set(location, await this.read(location));
      this.readAt.set(location, Date.now());
    }
    return this.figures.get(location)?.get(sku) ?? 0;
  }

  move(location: string, sku: string, delta: number): void {
    const figures = this.figures.get(location);
    if (figures) figures.set(sku, (figures.get(sku) ?? 0) + delta);
  }
}

interface PrimaStockRow {
  readonly itemCode: string;
  readonly depotCode: string;
  readonly quantityAvailableToSell: number;
}

/**
 * Prima's available-to-sell per warehouse depot, which the web shop sells from. Authorising
 * an order allocates in Prima at once, which is what the driver's own `move` mirrors.
 */
export class PrimaAtsBelief extends RefreshedBelief {
  constructor(
    private readonly http: AdminHttp,
    refreshMs: number,
  ) {
    super(refreshMs);
  }

  protected async read(depot: string): Promise<Map<string, number>> {
    const rows = await this.http.get<PrimaStockRow[]>('prima/stock');
    return new Map(
      rows
        .filter((row) => row.depotCode === depot)
        .map((row) => [row.itemCode, row.quantityAvailableToSell]),
    );
  }
}

interface SitooWarehouseItem {
  readonly sku: string;
  readonly decimalavailable: string;
}

/** A Sitoo store's own stock figure (total less reserved), per warehouse. */
export class SitooTillBelief extends RefreshedBelief {
  constructor(
    private readonly http: AdminHttp,
    refreshMs: number,
  ) {
    super(refreshMs);
  }

  protected async read(warehouseId: string): Promise<Map<string, number>> {
    const items = await this.http.get<SitooWarehouseItem[]>(`sitoo/stock/${warehouseId}`);
    // Whole units only: a fraction of a unit on the shelf cannot be sold.
    return new Map(items.map((item) => [item.sku, Math.floor(Number(item.decimalavailable))]));
  }
}

interface ItemShopUpdate {
  readonly itemID: string;
  readonly shopID: string;
  readonly qoh: number;
}

/**
 * A Lightspeed shop's quantity on hand. The admin API cannot read it back, and the V3 API
 * would spend edge's rate budget and rotate its refresh token, so the figure is rebuilt from
 * what sets it: the seeded quantity, the driver's own sales and refunds, and every level Parity
 * wrote (the simulator's `item-shop-updates` feed, read after a cursor and applied in order).
 */
export class LightspeedTillBelief implements ChannelBelief {
  private readonly qoh = new Map<string, number>();
  private updatesSeen = 0;
  private readAt = -Infinity;

  constructor(
    private readonly http: AdminHttp,
    private readonly refreshMs: number,
    private readonly itemIds: Readonly<Record<string, string>>,
  ) {}

  seed(shopId: string, sku: string, quantity: number): void {
    this.qoh.set(this.key(shopId, sku), quantity);
  }

  async available(shopId: string, sku: string): Promise<number> {
    if (Date.now() - this.readAt >= this.refreshMs) await this.applyParityUpdates();
    return this.qoh.get(this.key(shopId, sku)) ?? 0;
  }

  move(shopId: string, sku: string, delta: number): void {
    const key = this.key(shopId, sku);
    this.qoh.set(key, (this.qoh.get(key) ?? 0) + delta);
  }

  private async applyParityUpdates(): Promise<void> {
    const updates = await this.http.get<ItemShopUpdate[]>('lightspeed/item-shop-updates');
    for (const update of updates.slice(this.updatesSeen)) {
      this.qoh.set(`${update.shopID}|${update.itemID}`, update.qoh);
    }
    this.updatesSeen = updates.length;
    this.readAt = Date.now();
  }

  private key(shopId: string, sku: string): string {
    return `${shopId}|${this.itemIds[sku] ?? sku}`;
  }
}
