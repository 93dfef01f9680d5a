import {
  divideRounded,
  formatDecimal,
  MONEY_PLACES,
  parseDecimal,
  vatBasisPoints,
} from './sitoo-decimal';
import type { SitooOrder, SitooOrderItem, SitooPayment } from './sitoo-records';
import { type SitooState, type StockChange, TransactionType } from './sitoo-state';

export interface SoldLine {
  readonly sku: string;
  readonly quantity: number;
  /** Gross discount on the whole row, as the till's `moneyrowdiscount`. */
  readonly rowdiscount?: string;
}

export interface ReturnedLine {
  /** The line of the original sale the units came from. */
  readonly orderitemid: number;
  readonly quantity: number;
  readonly reasoncode?: string;
}

/** What a cashier rings up at one store: units sold, units brought back, or both (an exchange). */
export interface TillTransaction {
  readonly warehouseid: number;
  readonly sold?: readonly SoldLine[];
  readonly returned?: {
    readonly originalOrderId: number;
    readonly lines: readonly ReturnedLine[];
    readonly reasoncode?: string;
    readonly comment?: string;
  };
  readonly payments?: readonly { name: string; amount: string; refid?: string }[];
  readonly receiptId?: string;
  /** The till's own register; by default the warehouse's GUID register, as Sitoo POS names it. */
  readonly registerid?: number | string;
  readonly customerref?: string;
  /** Epoch seconds; an offline till reports its own clock, so this may lie in the past. */
  readonly orderdate?: number;
}

/** A till transaction the cashier could not have completed; the admin API answers 400. */
export class TillRefused extends Error {}

const PRODUCT_LINE = 10;
const POS_ORDER = 10;
const ORDER_COMPLETED = 10;
const PAYMENT_PAID = 20;
const FULL_RATE = 10_000n;

/**
 * Books a till transaction the way Sitoo POS reports it: an order with net item prices and VAT
 * apart, negative rows for returned units linked to the original sale through `additionaldata`,
 * and the stock moved in the store's warehouse.
 */
export function ringUp(state: SitooState, siteId: number, tx: TillTransaction): SitooOrder {
  const warehouse = state.warehouses.get(tx.warehouseid);
  if (!warehouse) throw new TillRefused(`warehouse ${tx.warehouseid} does not exist`);
  const sold = (tx.sold ?? []).map((line) => soldItem(state, line));
  const returned = tx.returned ? returnedItems(state, tx.warehouseid, tx.returned) : [];
  const orderitems = [...returned, ...sold];
  if (orderitems.length === 0) throw new TillRefused('a till transaction needs at least one line');

  const net = sum(orderitems.map((item) => parseMoney(item.moneyitemtotal_net)));
  const vat = sum(orderitems.map((item) => parseMoney(item.moneyitemtotal_vat)));
  const payments = paymentsFor(tx, net + vat);
  const orderid = state.newOrderId();
  const store = warehouse.storeid === null ? undefined : state.stores.get(warehouse.storeid);
  const additionaldata: Record<string, string> = {
    'pos-receiptid': tx.receiptId ?? `R${orderid}`,
    'pos-timezone': state.timeZones.get(warehouse.warehouseid) ?? 'UTC',
    'store-name': store?.name ?? warehouse.name,
    ...(store?.externalid ? { 'store-externalid': store.externalid } : {}),
  };
  if (tx.returned) {
    additionaldata['pos-originalsales-orderid'] = String(tx.returned.originalOrderId);
    if (tx.returned.reasoncode)
      additionaldata['refundreasoncode-reasoncode'] = tx.returned.reasoncode;
    if (tx.returned.comment) additionaldata['refundreasoncode-comment'] = tx.returned.comment;
  }
  const order: SitooOrder = {
    orderid,
    eshopid: siteId,
    externalid: null,
    creditorderid: tx.returned?.originalOrderId ?? null,
    email: '',
    namefirst: '',
    namelast: '',
    customerref: tx.customerref ?? '',
    moneytotal_net: fmt(net),
    moneytotal_vat: fmt(vat),
    moneyfinal_net: fmt(net),
    moneyfinal_vat: fmt(vat),
    moneyfinal_salestax: fmt(0n),
    moneytotal_gross_roundoff: fmt(0n),
    moneytotal_gross_all: fmt(net + vat),
    orderdate: tx.orderdate ?? state.epochNow(),
    orderstateid: ORDER_COMPLETED,
    paymentstateid: PAYMENT_PAID,
    ordertypeid: POS_ORDER,
    userid_staff: null,
    registerid: tx.registerid ?? registerGuid(warehouse.warehouseid),
    warehouseid: warehouse.warehouseid,
    currencycode: warehouse.currencycode,
    additionaldata,
    orderitems,
    payments,
  };
  moveStock(state, warehouse.warehouseid, orderitems);
  state.orders.push(order);
  return order;
}

/** A register GUID in Sitoo's braced form, one per warehouse, stable across runs. */
function registerGuid(warehouseid: number): string {
  return `{3CCB9848-155A-49E1-7CA8-${warehouseid.toString(16).toUpperCase().padStart(12, '0')}}`;
}

function soldItem(state: SitooState, line: SoldLine): SitooOrderItem {
  const product = state.productBySku(line.sku);
  if (!product) throw new TillRefused(`no product has sku ${line.sku}`);
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
    throw new TillRefused(`sold quantity of ${line.sku} must be a positive integer`);
  }
  const quantity = BigInt(line.quantity);
  const netUnit = parseMoney(product.moneyprice);
  const rate = vatBasisPoints(product.vatvalue);
  const grossRow = divideRounded(netUnit * quantity * (FULL_RATE + rate), FULL_RATE);
  const discount = line.rowdiscount === undefined ? 0n : parseMoney(line.rowdiscount);
  if (discount < 0n || discount > grossRow) {
    throw new TillRefused(`row discount on ${line.sku} must lie between 0 and the row price`);
  }
  // Sitoo keeps prices net: the gross row after discount is split into net and VAT once.
  const grossAfter = grossRow - discount;
  const netRow = divideRounded(grossAfter * FULL_RATE, FULL_RATE + rate);
  const netUnitAfter = divideRounded(netRow, quantity);
  return {
    orderitemid: state.newOrderItemId(),
    orderitemtype: PRODUCT_LINE,
    productid: product.productid,
    productname: product.title,
    sku: product.sku,
    productattributes: '',
    quantity: line.quantity,
    decimalunitquantity: null,
    moneynetpriceperunit: fmt(netUnitAfter),
    moneypriceorg: product.moneypriceorg,
    vatvalue: product.vatvalue,
    moneyitemtotal_net: fmt(netRow),
    moneyitemtotal_vat: fmt(grossAfter - netRow),
    vouchercode: '',
    vouchername: '',
    moneyoriginalprice: fmt(netUnit),
    moneydiscountedprice: fmt(discount > 0n ? netUnitAfter : 0n),
    moneydiscount: fmt(discount > 0n ? netUnit - netUnitAfter : 0n),
    salestaxes: [],
    additionaldata: discount > 0n ? { 'orderitem-moneyrowdiscount': fmt(discount) } : {},
    decimalquantitytotal: `${line.quantity}.000`,
    moneynetpriceperquantity: fmt(netUnitAfter),
  };
}

function returnedItems(
  state: SitooState,
  warehouseid: number,
  returned: NonNullable<TillTransaction['returned']>,
): SitooOrderItem[] {
  const original = state.order(returned.originalOrderId);
  if (!original) throw new TillRefused(`order ${returned.originalOrderId} does not exist`);
  return returned.lines.map((line) => {
    const sold = original.orderitems.find((item) => item.orderitemid === line.orderitemid);
    if (!sold || sold.quantity <= 0) {
      throw new TillRefused(`order ${original.orderid} sold nothing on item ${line.orderitemid}`);
    }
    const already = returnedSoFar(state, line.orderitemid);
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new TillRefused('returned quantity must be a positive integer');
    }
    if (already + line.quantity > sold.quantity) {
      throw new TillRefused(`only ${sold.quantity - already} of item ${sold.orderitemid} remain`);
    }
    // The refund gives back the share of what was paid, so discounts return pro rata.
    const share = (amount: string) =>
      -divideRounded(parseMoney(amount) * BigInt(line.quantity), BigInt(sold.quantity));
    return {
      ...sold,
      orderitemid: state.newOrderItemId(),
      quantity: -line.quantity,
      moneyitemtotal_net: fmt(share(sold.moneyitemtotal_net)),
      moneyitemtotal_vat: fmt(share(sold.moneyitemtotal_vat)),
      decimalquantitytotal: `-${line.quantity}.000`,
      additionaldata: {
        'pos-originalsales-orderitemid': String(sold.orderitemid),
        'return-warehouseid': String(warehouseid),
        ...(line.reasoncode ? { 'reasoncode-return': line.reasoncode } : {}),
      },
    };
  });
}

function returnedSoFar(state: SitooState, orderitemid: number): number {
  let units = 0;
  for (const order of state.orders) {
    for (const item of order.orderitems) {
      if (item.additionaldata['pos-originalsales-orderitemid'] === String(orderitemid)) {
        units -= item.quantity;
      }
    }
  }
  return units;
}

function paymentsFor(tx: TillTransaction, total: bigint): SitooPayment[] {
  const given = tx.payments ?? [{ name: total < 0n ? 'Cash' : 'Card', amount: fmt(total) }];
  const payments = given.map((payment) => ({
    name: payment.name,
    moneyamount: fmt(parseMoney(payment.amount)),
    externalid: null,
    reftype: null,
    refid: payment.refid ?? null,
    cardissuer: null,
    additionaldata: {},
    reservedpaymentid: null,
  }));
  const paid = sum(payments.map((payment) => parseMoney(payment.moneyamount)));
  if (paid !== total) {
    throw new TillRefused(`payments of ${fmt(paid)} do not settle the total of ${fmt(total)}`);
  }
  return payments;
}

function moveStock(state: SitooState, warehouseid: number, items: SitooOrderItem[]): void {
  const changes = (sign: 1 | -1): StockChange[] =>
    items
      .filter((item) => Math.sign(item.quantity) === sign)
      .map((item) => ({ sku: item.sku, delta: -BigInt(item.quantity) * 1000n }));
  const sales = changes(1);
  const refunds = changes(-1);
  const book = (transactiontype: number, list: StockChange[]) =>
    list.length > 0 &&
    state.applyTransaction({
      warehouseid,
      transactiontype,
      description: '',
      externalid: null,
      reasoncode: null,
      changes: list,
    });
  book(TransactionType.SALE, sales);
  book(TransactionType.REFUND, refunds);
}

function parseMoney(text: string): bigint {
  const value = parseDecimal(text, MONEY_PLACES);
  if (value === undefined) throw new TillRefused(`${JSON.stringify(text)} is not an amount`);
  return value;
}

const fmt = (value: bigint): string => formatDecimal(value, MONEY_PLACES);
const sum = (values: bigint[]): bigint => values.reduce((a, b) => a + b, 0n);
