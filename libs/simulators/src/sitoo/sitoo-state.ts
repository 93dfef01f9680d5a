import { formatDecimal, MONEY_PLACES, STOCK_PLACES } from './sitoo-decimal';
import type {
  SitooOrder,
  SitooProduct,
  SitooStore,
  SitooWarehouse,
  SitooWarehouseItem,
  SitooWarehouseTransaction,
} from './sitoo-records';

interface StockLevel {
  readonly warehouseitemid: number;
  readonly warehouseid: number;
  readonly sku: string;
  /** Thousandths of a unit, as Sitoo keeps three decimal places. */
  total: bigint;
  reserved: bigint;
  modified: number;
}

export interface StockChange {
  readonly sku: string;
  /** Thousandths of a unit; negative takes stock out. */
  readonly delta: bigint;
}

export interface NewTransaction {
  readonly warehouseid: number;
  readonly transactiontype: number;
  readonly description: string;
  readonly externalid: string | null;
  readonly reasoncode: string | null;
  readonly changes: readonly StockChange[];
}

/** Transaction types from Sitoo's examples; sales, refunds and stocktaking are read only. */
export const TransactionType = { MOVE_IN: 10, MOVE_OUT: 20, SALE: 30, REFUND: 40 } as const;

/** Order ids start high enough that they cannot be mistaken for positions or other ids. */
const FIRST_ORDER_ID = 1000;
const firstIds = () => ({ product: 1, store: 1, warehouse: 1, item: 1, transaction: 1 });

/** One Sitoo account's data: catalogue, stores and warehouses, stock, its ledger, and orders. */
export class SitooState {
  readonly products = new Map<number, SitooProduct>();
  readonly stores = new Map<number, SitooStore>();
  readonly warehouses = new Map<number, SitooWarehouse>();
  /** The till's IANA time zone per warehouse, which POS orders carry as `pos-timezone`. */
  readonly timeZones = new Map<number, string>();
  readonly transactions: SitooWarehouseTransaction[] = [];
  /** Ascending by orderid, which Sitoo hands out monotonically. */
  readonly orders: SitooOrder[] = [];
  private readonly stock = new Map<string, StockLevel>();
  private readonly nextIds = firstIds();
  private nextOrderId = FIRST_ORDER_ID;
  private nextOrderItemId = 1;

  constructor(private readonly now: () => Date) {}

  /** Forgets everything, as a fresh account. */
  clear(): void {
    for (const map of [this.products, this.stores, this.warehouses, this.timeZones, this.stock]) {
      map.clear();
    }
    this.transactions.length = 0;
    this.orders.length = 0;
    Object.assign(this.nextIds, firstIds());
    this.nextOrderId = FIRST_ORDER_ID;
    this.nextOrderItemId = 1;
  }

  epochNow(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  productBySku(sku: string): SitooProduct | undefined {
    for (const product of this.products.values()) if (product.sku === sku) return product;
    return undefined;
  }

  newId(kind: keyof SitooState['nextIds']): number {
    return this.nextIds[kind]++;
  }

  newOrderId(): number {
    return this.nextOrderId++;
  }

  /**
   * Keeps an order as Sitoo itself wrote it (its published examples) under its own id, in id
   * order; the tills' later orders are numbered after it, as Sitoo's ids only grow.
   */
  recordOrder(order: SitooOrder): void {
    if (this.order(order.orderid)) throw new Error(`order ${order.orderid} already exists`);
    const after = this.orders.findIndex((kept) => kept.orderid > order.orderid);
    this.orders.splice(after === -1 ? this.orders.length : after, 0, order);
    this.nextOrderId = Math.max(this.nextOrderId, order.orderid + 1);
  }

  newOrderItemId(): number {
    return this.nextOrderItemId++;
  }

  order(orderid: number): SitooOrder | undefined {
    return this.orders.find((order) => order.orderid === orderid);
  }

  setStock(warehouseid: number, sku: string, total: bigint, reserved: bigint): SitooWarehouseItem {
    const level = this.level(warehouseid, sku);
    level.total = total;
    level.reserved = reserved;
    level.modified = this.epochNow();
    return view(level);
  }

  warehouseItems(warehouseid: number): SitooWarehouseItem[] {
    return [...this.stock.values()]
      .filter((level) => level.warehouseid === warehouseid)
      .sort((a, b) => a.warehouseitemid - b.warehouseitemid)
      .map(view);
  }

  /** Moves stock and records the transaction, with each item's total after the move. */
  applyTransaction(input: NewTransaction): SitooWarehouseTransaction {
    const datecreated = this.epochNow();
    const items = input.changes.map(({ sku, delta }) => {
      const level = this.level(input.warehouseid, sku);
      level.total += delta;
      level.modified = datecreated;
      return {
        sku,
        decimalquantity: formatDecimal(delta, STOCK_PLACES),
        decimaltotal: formatDecimal(level.total, STOCK_PLACES),
        moneypricein: formatDecimal(0n, MONEY_PLACES),
        moneytotal: formatDecimal(0n, MONEY_PLACES),
        moneyvalue: formatDecimal(0n, MONEY_PLACES),
      };
    });
    const transaction: SitooWarehouseTransaction = {
      warehousetransactionid: this.newId('transaction'),
      warehouseid: input.warehouseid,
      datecreated,
      transactiontype: input.transactiontype,
      description: input.description,
      orderdeliveryid: null,
      shipmentid: null,
      externalid: input.externalid,
      reasoncode: input.reasoncode,
      items,
    };
    this.transactions.push(transaction);
    return transaction;
  }

  private level(warehouseid: number, sku: string): StockLevel {
    const key = `${warehouseid}\u0000${sku}`;
    let level = this.stock.get(key);
    if (!level) {
      level = {
        warehouseitemid: this.newId('item'),
        warehouseid,
        sku,
        total: 0n,
        reserved: 0n,
        modified: this.epochNow(),
      };
      this.stock.set(key, level);
    }
    return level;
  }
}

function view(level: StockLevel): SitooWarehouseItem {
  return {
    warehouseitemid: level.warehouseitemid,
    warehouseid: level.warehouseid,
    sku: level.sku,
    binlocation: '',
    decimalthreshold: formatDecimal(0n, STOCK_PLACES),
    decimaltotal: formatDecimal(level.total, STOCK_PLACES),
    moneytotal: formatDecimal(0n, MONEY_PLACES),
    datelastmodified: level.modified,
    datelaststocktaking: null,
    decimalreserved: formatDecimal(level.reserved, STOCK_PLACES),
    decimalavailable: formatDecimal(level.total - level.reserved, STOCK_PLACES),
  };
}
