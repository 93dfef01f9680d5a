import type {
  CreditNoteRecord,
  CustomerRecord,
  DepotRecord,
  DespatchNoteRecord,
  ItemRecord,
  PurchaseOrderRecord,
  ReceiptNoteRecord,
  ReturnAuthorisationRecord,
  SalesOrderRecord,
  StockPushRecord,
  StockRecord,
} from './prima-records';

export interface PrimaCounters {
  requests: number;
  rateLimited: number;
}

/** One line of the request log: what arrived, when (sandbox clock, ms) and what it got. */
export interface RequestLogEntry {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  status: number | null;
}

/** Everything one simulated Prima company holds, in memory. */
export class PrimaState {
  readonly items = new Map<string, ItemRecord>();
  readonly depots = new Map<string, DepotRecord>();
  readonly stock = new Map<string, StockRecord>();
  readonly customers = new Map<string, CustomerRecord>();
  readonly salesOrders = new Map<string, SalesOrderRecord>();
  /** Order numbers by customer reference: Prima answers a search by reference from its index. */
  readonly salesOrdersByReference = new Map<string, string[]>();
  readonly despatchNotes = new Map<string, DespatchNoteRecord>();
  readonly purchaseOrders = new Map<string, PurchaseOrderRecord>();
  readonly receiptNotes = new Map<string, ReceiptNoteRecord>();
  readonly returnAuthorisations = new Map<string, ReturnAuthorisationRecord>();
  readonly creditNotes = new Map<string, CreditNoteRecord>();
  readonly stockPushes: StockPushRecord[] = [];
  readonly requestLog: RequestLogEntry[] = [];
  readonly counters: PrimaCounters = { requests: 0, rateLimited: 0 };
  private readonly sequences = new Map<string, number>();

  constructor(private readonly clock: () => Date) {}

  now(): string {
    return this.clock().toISOString();
  }

  /** The next document number of a kind: SO-000001, CN-000001. */
  nextNumber(prefix: string): string {
    const next = (this.sequences.get(prefix) ?? 0) + 1;
    this.sequences.set(prefix, next);
    return `${prefix}-${String(next).padStart(6, '0')}`;
  }

  /** The stock row of an item at a depot, created empty on first touch. */
  stockAt(itemCode: string, depotCode: string): StockRecord {
    const key = `${depotCode}\u0000${itemCode}`;
    let row = this.stock.get(key);
    if (!row) {
      row = {
        itemCode,
        depotCode,
        onHand: 0,
        allocated: 0,
        heldByWarehouse: 0,
        onOrder: 0,
        sourceVersion: null,
        modifiedAt: this.now(),
      };
      this.stock.set(key, row);
    }
    return row;
  }

  /**
   * Available to sell: on hand less Prima's own allocations, what the warehouse holds back and
   * the depot's safety stock, never below 0.
   */
  availableToSell(row: StockRecord): number {
    const safety = this.depots.get(row.depotCode)?.safetyStock ?? 0;
    return Math.max(0, row.onHand - row.allocated - row.heldByWarehouse - safety);
  }

  touchStock(
    row: StockRecord,
    change: Partial<Pick<StockRecord, 'onHand' | 'allocated' | 'onOrder'>>,
  ): void {
    row.onHand += change.onHand ?? 0;
    row.allocated += change.allocated ?? 0;
    row.onOrder += change.onOrder ?? 0;
    row.modifiedAt = this.now();
  }

  clear(): void {
    for (const collection of [
      this.items,
      this.depots,
      this.stock,
      this.customers,
      this.salesOrders,
      this.salesOrdersByReference,
      this.despatchNotes,
      this.purchaseOrders,
      this.receiptNotes,
      this.returnAuthorisations,
      this.creditNotes,
      this.sequences,
    ]) {
      collection.clear();
    }
    this.stockPushes.length = 0;
    this.requestLog.length = 0;
    Object.assign(this.counters, { requests: 0, rateLimited: 0 });
  }
}
