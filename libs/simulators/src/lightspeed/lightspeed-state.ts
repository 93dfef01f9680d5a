import type {
  ItemRecord,
  ItemShopRecord,
  ItemShopUpdate,
  MatrixRecord,
  PaymentTypeRecord,
  RecordedSale,
  SaleRecord,
  ShopRecord,
} from './lightspeed-records';

/** Lightspeed's aggregate ItemShop row, the sum over every shop. */
export const AGGREGATE_SHOP_ID = '0';

/** Everything one simulated account holds, and the clock its timestamps come from. */
export class LightspeedState {
  readonly shops = new Map<string, ShopRecord>();
  readonly matrices = new Map<string, MatrixRecord>();
  readonly items = new Map<string, ItemRecord>();
  /** Keyed `itemID:shopID`; created lazily, as Lightspeed does. */
  readonly itemShops = new Map<string, ItemShopRecord>();
  readonly sales = new Map<string, SaleRecord>();
  /**
   * Sales as Lightspeed itself wrote them (its published examples), by saleID: served verbatim
   * in Sale listings, so a client meets the vendor's own shapes and not only the simulator's.
   */
  readonly recordedSales = new Map<string, RecordedSale>();
  readonly paymentTypes = new Map<string, PaymentTypeRecord>([
    ['1', { paymentTypeID: '1', name: 'Cash', type: 'cash' }],
    ['2', { paymentTypeID: '2', name: 'Credit Card', type: 'credit card' }],
    ['3', { paymentTypeID: '3', name: 'Gift Card', type: 'gift card' }],
  ]);
  readonly itemShopUpdates: ItemShopUpdate[] = [];
  private readonly sequences = new Map<string, number>();

  constructor(private readonly clock: () => Date) {}

  /** Forgets the account's data; payment types are configuration and stay. */
  clear(): void {
    const maps = [this.shops, this.matrices, this.items, this.itemShops, this.sales];
    for (const map of [...maps, this.recordedSales]) {
      map.clear();
    }
    this.itemShopUpdates.length = 0;
    this.sequences.clear();
  }

  /** The next id of a kind, as Lightspeed's decimal strings. */
  nextId(kind: string): string {
    const next = (this.sequences.get(kind) ?? 0) + 1;
    this.sequences.set(kind, next);
    return String(next);
  }

  /** Lightspeed's timestamp format: seconds, with an offset (`2016-11-10T13:51:54+00:00`). */
  timestamp(): string {
    return `${this.clock().toISOString().slice(0, 19)}+00:00`;
  }
}
