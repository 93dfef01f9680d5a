import { adjustQuantityOnHand } from './catalogue';
import { LightspeedRejection } from './lightspeed-errors';
import type { SaleLineRecord, SalePaymentRecord, SaleRecord } from './lightspeed-records';
import type { LightspeedState } from './lightspeed-state';
import { allocateDiscount, lineAmounts, proportion } from './sale-calculator';

/** Lightspeed's itemID on a miscellaneous line: the cashier typed it in, no catalogue item. */
export const MISCELLANEOUS_ITEM_ID = '0';
/** The shop's default tax class, which a miscellaneous line is taxed at. */
const DEFAULT_TAX_CLASS_ID = '1';

/**
 * A line to ring up: what was sold, at the item's price unless another is given. A
 * miscellaneous line (itemID "0") has no item: its price and the cashier's note are required.
 */
export interface SoldLine {
  readonly itemID: string;
  readonly note?: string;
  readonly quantity: number;
  readonly unitPriceMinor?: number;
  /** Off the whole line. */
  readonly discountMinor?: number;
}

/** Units of an earlier sale's line brought back. */
export interface ReturnedLine {
  readonly saleLineID: string;
  readonly quantity: number;
}

export interface Tender {
  readonly paymentTypeID: string;
  /** The sale's balance when left out. */
  readonly amountMinor?: number;
  /** An abandoned attempt (a declined card): kept on the sale, archived. */
  readonly archived?: boolean;
}

export interface SaleOrder {
  readonly shopID: string;
  readonly sold?: readonly SoldLine[];
  /** Off the sold lines together, spread over them. */
  readonly transactionDiscountMinor?: number;
  readonly returned?: { readonly saleID: string; readonly lines: readonly ReturnedLine[] };
  readonly payments: readonly Tender[];
  /** A parked sale stays open until `completeSale`. */
  readonly completed?: boolean;
  /** Render it as older API versions do: completed, but without completeTime. */
  readonly withoutCompleteTime?: boolean;
  readonly customerID?: string;
}

interface ResolvedLine {
  readonly itemID: string;
  readonly taxClassID: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  readonly lineDiscountMinor: number;
  readonly transactionDiscountMinor: number;
  readonly parentSaleLineID: string;
  readonly note: string | null;
}

const TAX_RATE = '0.2';

/**
 * Rings up a sale, a refund (only returned lines) or an exchange (both) as one new Sale, the
 * way R-Series records all three: returned units are negative lines pointing at the line they
 * came from through parentSaleLineID.
 */
export function recordSale(state: LightspeedState, order: SaleOrder): SaleRecord {
  if (!state.shops.has(order.shopID)) {
    throw new LightspeedRejection(400, `Shop ${order.shopID} does not exist`);
  }
  const lines = [...returnedLines(state, order), ...soldLines(state, order)];
  if (lines.length === 0) throw new LightspeedRejection(400, 'A sale needs at least one line');
  let saleID = state.nextId('sale');
  // A recorded sale (the vendor's own example) keeps its id; the till's own sales go round it.
  while (state.recordedSales.has(saleID)) saleID = state.nextId('sale');
  const now = state.timestamp();
  const records = lines.map((line) => toLineRecord(state, saleID, order.shopID, line, now));
  const totalMinor = records.reduce((sum, line) => sum + line.totalMinor, 0);
  const payments = toPayments(state, saleID, order.payments, totalMinor, now);
  const sale: SaleRecord = {
    saleID,
    shopID: order.shopID,
    registerID: '1',
    employeeID: '1',
    customerID: order.customerID ?? '0',
    discountID: '0',
    ticketNumber: `22000000${saleID.padStart(4, '0')}`,
    tax1Rate: TAX_RATE,
    isTaxInclusive: true,
    createTime: now,
    completed: false,
    completeTime: '',
    withoutCompleteTime: order.withoutCompleteTime ?? false,
    updateTime: now,
    timeStamp: now,
    lines: records,
    payments,
  };
  if (order.completed ?? true) assertBalanced(sale);
  state.sales.set(saleID, sale);
  if (order.completed ?? true) completeSale(state, saleID);
  return sale;
}

/** Completes a parked sale: it must balance; stock leaves (or returns to) the shop. */
export function completeSale(state: LightspeedState, saleID: string): SaleRecord {
  const sale = state.sales.get(saleID);
  if (!sale) throw new LightspeedRejection(404, `Sale ${saleID} does not exist`);
  if (sale.completed) throw new LightspeedRejection(400, `Sale ${saleID} is already completed`);
  assertBalanced(sale);
  for (const line of sale.lines) {
    const item = state.items.get(line.itemID);
    if (line.itemID !== MISCELLANEOUS_ITEM_ID && item?.itemType !== 'non_inventory') {
      adjustQuantityOnHand(state, line.itemID, sale.shopID, -line.unitQuantity);
    }
  }
  const now = state.timestamp();
  sale.completed = true;
  sale.completeTime = now;
  sale.updateTime = now;
  sale.timeStamp = now;
  return sale;
}

/** `completed: true` requires a balanced sale (vendor-apis.md §1.4); archived tenders do not count. */
function assertBalanced(sale: SaleRecord): void {
  const due = sale.lines.reduce((sum, line) => sum + line.totalMinor, 0);
  const paid = sale.payments
    .filter((payment) => !payment.archived)
    .reduce((sum, payment) => sum + payment.amountMinor, 0);
  if (due !== paid) {
    throw new LightspeedRejection(
      400,
      `Sale ${sale.saleID} does not balance: due ${due}, paid ${paid}`,
    );
  }
}

/** Every unit of a sale not yet brought back: `POST Sale/{id}/refund.json`. */
export function unreturnedLines(state: LightspeedState, saleID: string): ReturnedLine[] {
  const sale = state.sales.get(saleID);
  if (!sale) throw new LightspeedRejection(404, `Sale ${saleID} does not exist`);
  return sale.lines
    .map((line) => ({ saleLineID: line.saleLineID, quantity: returnable(state, line) }))
    .filter((line) => line.quantity > 0);
}

function soldLines(state: LightspeedState, order: SaleOrder): ResolvedLine[] {
  const sold = (order.sold ?? []).map((line) => {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      throw new LightspeedRejection(400, 'unitQuantity of a sold line must be a positive integer');
    }
    if (line.itemID === MISCELLANEOUS_ITEM_ID) return miscellaneous(line);
    const item = state.items.get(line.itemID);
    if (!item) throw new LightspeedRejection(400, `Item ${line.itemID} does not exist`);
    return {
      item: { itemID: item.itemID, taxClassID: item.taxClassID },
      line,
      unitPriceMinor: line.unitPriceMinor ?? item.priceMinor,
      note: null,
    };
  });
  const weights = sold.map(
    ({ line, unitPriceMinor }) => unitPriceMinor * line.quantity - (line.discountMinor ?? 0),
  );
  const shares = allocateDiscount(order.transactionDiscountMinor ?? 0, weights);
  return sold.map(({ item, line, unitPriceMinor, note }, index) => ({
    note,
    itemID: item.itemID,
    taxClassID: item.taxClassID,
    quantity: line.quantity,
    unitPriceMinor,
    lineDiscountMinor: line.discountMinor ?? 0,
    transactionDiscountMinor: shares[index] ?? 0,
    parentSaleLineID: '0',
  }));
}

function returnedLines(state: LightspeedState, order: SaleOrder): ResolvedLine[] {
  if (!order.returned) return [];
  const original = state.sales.get(order.returned.saleID);
  if (!original?.completed) {
    throw new LightspeedRejection(400, `Sale ${order.returned.saleID} is not a completed sale`);
  }
  return order.returned.lines.map(({ saleLineID, quantity }) => {
    const parent = original.lines.find((line) => line.saleLineID === saleLineID);
    if (!parent) throw new LightspeedRejection(400, `SaleLine ${saleLineID} is not on the sale`);
    if (!Number.isInteger(quantity) || quantity <= 0 || quantity > returnable(state, parent)) {
      throw new LightspeedRejection(
        400,
        `SaleLine ${saleLineID} has not ${quantity} units to return`,
      );
    }
    return {
      itemID: parent.itemID,
      taxClassID: parent.taxClassID,
      quantity: -quantity,
      unitPriceMinor: parent.unitPriceMinor,
      lineDiscountMinor: -proportion(parent.lineDiscountMinor, quantity, parent.unitQuantity),
      transactionDiscountMinor: -proportion(
        parent.transactionDiscountMinor,
        quantity,
        parent.unitQuantity,
      ),
      parentSaleLineID: parent.saleLineID,
      note: parent.note,
    };
  });
}

/** A cashier's open line: no catalogue item, the price and text the cashier typed. */
function miscellaneous(line: SoldLine) {
  if (line.unitPriceMinor === undefined || !line.note) {
    throw new LightspeedRejection(
      400,
      'A miscellaneous line (itemID 0) needs a unitPrice and a note',
    );
  }
  return {
    item: { itemID: MISCELLANEOUS_ITEM_ID, taxClassID: DEFAULT_TAX_CLASS_ID },
    line,
    unitPriceMinor: line.unitPriceMinor,
    note: line.note,
  };
}

/** Units of a sold line not yet returned by any sale, completed or parked. */
function returnable(state: LightspeedState, line: SaleLineRecord): number {
  let returned = 0;
  for (const sale of state.sales.values()) {
    for (const candidate of sale.lines) {
      if (candidate.parentSaleLineID === line.saleLineID) returned -= candidate.unitQuantity;
    }
  }
  return line.unitQuantity - returned;
}

function toLineRecord(
  state: LightspeedState,
  saleID: string,
  shopID: string,
  line: ResolvedLine,
  now: string,
): SaleLineRecord {
  const amounts = lineAmounts(
    {
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      lineDiscountMinor: line.lineDiscountMinor,
      transactionDiscountMinor: line.transactionDiscountMinor,
    },
    TAX_RATE,
  );
  return {
    saleLineID: state.nextId('saleLine'),
    saleID,
    shopID,
    itemID: line.itemID,
    taxClassID: line.taxClassID,
    unitQuantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
    lineDiscountMinor: line.lineDiscountMinor,
    transactionDiscountMinor: line.transactionDiscountMinor,
    subtotalMinor: amounts.subtotalMinor,
    totalMinor: amounts.totalMinor,
    tax1E7: amounts.tax1E7,
    parentSaleLineID: line.parentSaleLineID,
    note: line.note,
    createTime: now,
    timeStamp: now,
  };
}

function toPayments(
  state: LightspeedState,
  saleID: string,
  tenders: readonly Tender[],
  totalMinor: number,
  now: string,
): SalePaymentRecord[] {
  let balance = totalMinor;
  return tenders.map((tender) => {
    if (!state.paymentTypes.has(tender.paymentTypeID)) {
      throw new LightspeedRejection(400, `PaymentType ${tender.paymentTypeID} does not exist`);
    }
    const amountMinor = tender.amountMinor ?? balance;
    if (!tender.archived) balance -= amountMinor;
    return {
      salePaymentID: state.nextId('salePayment'),
      saleID,
      paymentTypeID: tender.paymentTypeID,
      amountMinor,
      archived: tender.archived ?? false,
      createTime: now,
    };
  });
}
