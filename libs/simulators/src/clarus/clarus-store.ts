import { clarusTimestamp } from './clarus-clock';
import type {
  GoodsInReceipt,
  Product,
  SalesOrder,
  StockAdjustment,
  StockHold,
  StorageUnit,
} from './clarus-records';
import { ClarusStock } from './clarus-stock';

/** Every record one simulated Clarus domain holds, with its id sequences and clock. */
export class ClarusStore {
  readonly products = new Map<number, Product>();
  readonly storageUnits = new Map<number, StorageUnit>();
  readonly receipts = new Map<number, GoodsInReceipt>();
  readonly salesOrders = new Map<number, SalesOrder>();
  readonly adjustments = new Map<number, StockAdjustment>();
  readonly holds = new Map<number, StockHold>();
  readonly stock = new ClarusStock();
  private ids = new Map<string, number>();

  constructor(
    private readonly clock: () => Date,
    private readonly utcOffset: string,
    readonly warehouses: readonly string[],
  ) {}

  /** The next id of a kind; each kind counts from its own base so ids are easy to tell apart. */
  nextId(kind: keyof typeof ID_BASE): number {
    const next = (this.ids.get(kind) ?? ID_BASE[kind]) + 1;
    this.ids.set(kind, next);
    return next;
  }

  /**
   * Clarus's stock ledger numbers every movement from one sequence, so a movement id is
   * strictly increasing per product and warehouse, which is what edge's sourceSequence needs.
   */
  nextMovementId(): number {
    return this.nextId('movement');
  }

  timestamp(): string {
    return clarusTimestamp(this.clock(), this.utcOffset);
  }

  productByReference(reference: string): Product | undefined {
    return [...this.products.values()].find((p) => p.external_system_reference1 === reference);
  }

  /** A product known to exist (checked by the caller's validation). */
  requireProduct(id: number): Product {
    const product = this.products.get(id);
    if (!product) throw new RangeError(`no product ${id}`);
    return product;
  }

  /** A product by external_system_reference1, else by Clarus sku, as warehouse staff would look. */
  findProduct(reference: string): Product | undefined {
    return (
      this.productByReference(reference) ??
      [...this.products.values()].find((candidate) => candidate.sku === reference)
    );
  }

  storageUnitsOf(productId: number): StorageUnit[] {
    return [...this.storageUnits.values()].filter((unit) => unit.product_id === productId);
  }

  receiptByReference(reference: string): GoodsInReceipt | undefined {
    return [...this.receipts.values()].find((receipt) => receipt.reference === reference);
  }

  salesOrderByReference(reference: string): SalesOrder | undefined {
    return [...this.salesOrders.values()].find((order) => order.reference === reference);
  }

  clear(): void {
    for (const map of [
      this.products,
      this.storageUnits,
      this.receipts,
      this.salesOrders,
      this.adjustments,
      this.holds,
    ]) {
      map.clear();
    }
    this.stock.clear();
    this.ids = new Map();
  }
}

const ID_BASE = {
  product: 1000,
  storageUnit: 2000,
  receipt: 3000,
  line: 4000,
  order: 5000,
  adjustment: 6000,
  hold: 6500,
  movement: 70000,
} as const;
