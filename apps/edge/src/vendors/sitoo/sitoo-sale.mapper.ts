import {
  type PosDiscount,
  type PosSale,
  type PosSaleLine,
  type PosTransactionKind,
} from '@parity/contracts';
import { parseScaled } from '@parity/domain';
import { type CanonicalEvent, type NormaliseContext } from '../../ingest/canonical-event';
import { type MappedTillSale, tillSaleEvents } from '../../ingest/pos-sale-totals';
import {
  sitooOrderSchema,
  type SitooOrderItemPayload,
  type SitooOrderPayload,
} from './sitoo-order.schema';
import { parseOrReject, rejectSitoo } from './sitoo-rejection';

export interface SitooSaleOptions {
  /**
   * The account's time zone, for orders whose till did not stamp `pos-timezone`. Sitoo's
   * dates are epoch seconds (UTC); the zone only keeps what local time the till meant.
   */
  readonly accountTimeZone: string;
  /** Prima's tax code for a VAT rate in basis points (2500 is 25%); undefined if unmapped. */
  readonly taxCodeFor: (rateBasisPoints: number) => string | undefined;
}

const PRODUCT_LINE = 10;

/**
 * A full Sitoo order (fetched after its thin event) as a `pos.sales.v1` PosSale. Webshop
 * orders (no register) are no till transaction and yield nothing. Sitoo prices are net, so
 * `pricesIncludeTax` is false: unit price and discounts are net, VAT is Sitoo's per line.
 * Totals are passed on as Sitoo states them; where its payments or its stated total differ
 * from its lines, the sale still goes through, carrying the difference as `totalsProblem`,
 * with a TOTALS_MISMATCH exception for finance (tillSaleEvents).
 */
export function mapSitooOrder(
  payload: unknown,
  context: NormaliseContext,
  options: SitooSaleOptions,
): CanonicalEvent[] {
  const orderId = (payload as { orderid?: unknown } | null)?.orderid;
  const order = parseOrReject(sitooOrderSchema, payload, 'The Sitoo order', {
    entityType: 'POS_SALE',
    entityId: `sitoo:order:${String(orderId)}`,
  });
  if (order.registerid === null) return [];
  const { store, depot } = locate(order, context);
  const lines = order.orderitems.map((item, index) => line(order, item, index, options));
  const payments = order.payments.map((payment) => ({
    method: payment.name,
    amountMinor: payment.moneyamount,
    reference: payment.refid || payment.externalid || null,
  }));
  const sale: MappedTillSale = {
    header: {
      eventId: `sitoo:order:${order.orderid}`,
      source: 'SITOO',
      producedBy: 'edge/sitoo-events',
      occurredAt: order.orderdate * 1000,
      sourceTimeZone: order.additionaldata['pos-timezone'] ?? options.accountTimeZone,
      archiveRef: context.archiveRef,
    },
    store,
    saleId: String(order.orderid),
    receiptNo: order.additionaldata['pos-receiptid'] ?? null,
    kind: kindOf(lines),
    depot,
    currency: order.currencycode,
    pricesIncludeTax: false,
    lines,
    payments,
    taxMinor: sum(lines.map((l) => l.taxMinor)),
    totalMinor: sum(lines.map((l) => l.lineTotalMinor)),
    originalSale: originalSale(order, store),
    customerRef: order.customerref || null,
  };
  return tillSaleEvents(sale, order.moneytotal_gross_all);
}

function locate(order: SitooOrderPayload, context: NormaliseContext) {
  const entityId = `sitoo:order:${order.orderid}`;
  if (order.warehouseid === null) {
    throw rejectSitoo(
      'PAYLOAD_INVALID',
      `Till order ${order.orderid} names no warehouse`,
      'POS_SALE',
      entityId,
    );
  }
  const warehouse = String(order.warehouseid);
  const store = context.locations.storeFor('sitoo', warehouse);
  const depot = context.locations.depotFor('sitoo', warehouse);
  if (store === undefined || depot === undefined) {
    throw rejectSitoo(
      'LOCATION_UNMAPPED',
      `Sitoo warehouse ${warehouse} (order ${order.orderid}) maps to no Parity ${store === undefined ? 'store' : 'depot'}; add it to the location map`,
      'STORE',
      `sitoo:warehouse:${warehouse}`,
    );
  }
  return { store, depot };
}

function line(
  order: SitooOrderPayload,
  item: SitooOrderItemPayload,
  index: number,
  options: SitooSaleOptions,
): PosSaleLine {
  // Basis points are the percentage in hundredths: 12.5 is 1250. The schema checked its places.
  const rate = parseScaled(item.vatvalue, 2);
  const taxCode = rate === undefined ? undefined : options.taxCodeFor(rate);
  if (rate === undefined || taxCode === undefined) {
    throw rejectSitoo(
      'TAX_CODE_UNMAPPED',
      `Sitoo VAT rate ${item.vatvalue}% on order ${order.orderid} maps to no Prima tax code`,
      'TAX_CODE',
      `sitoo:vat:${item.vatvalue}`,
    );
  }
  const net = item.moneyitemtotal_net;
  const tax = item.moneyitemtotal_vat;
  return {
    lineNo: index + 1,
    sku: item.sku,
    isStockItem: item.orderitemtype === PRODUCT_LINE,
    quantity: item.quantity,
    quantityScale: 0,
    unitPriceMinor: item.moneyoriginalprice,
    discounts: discounts(item),
    taxCode,
    taxRateBasisPoints: rate,
    taxMinor: tax,
    lineTotalMinor: net + tax,
    // Sitoo links a returned line by the original's orderitemid, not its position on the
    // receipt; orders resolves it against the original sale when it needs the line.
    originalLineNo: null,
    description: null,
  };
}

/** Sitoo's `moneydiscount` is net per unit; the line's discount carries the line's sign. */
function discounts(item: SitooOrderItemPayload): PosDiscount[] {
  const perUnit = item.moneydiscount;
  if (perUnit === 0) return [];
  return [
    {
      code: item.vouchercode || null,
      description:
        item.vouchername || item.additionaldata['reasoncode-manualdiscount'] || 'Discount',
      amountMinor: perUnit * item.quantity,
    },
  ];
}

function kindOf(lines: readonly PosSaleLine[]): PosTransactionKind {
  const returned = lines.some((l) => l.quantity < 0);
  const sold = lines.some((l) => l.quantity > 0);
  if (returned && sold) return 'EXCHANGE';
  return returned ? 'RETURN' : 'SALE';
}

/**
 * Sitoo names only the original order's id (`pos-originalsales-orderid`, or `creditorderid`),
 * not the store it was sold at. Order ids are unique in a Sitoo account, so the reference
 * carries the returning store and orders matches the original on saleId.
 */
function originalSale(order: SitooOrderPayload, store: string): PosSale['originalSale'] {
  const linked = order.additionaldata['pos-originalsales-orderid'];
  if (linked !== undefined && !/^\d+$/.test(linked)) {
    throw rejectSitoo(
      'PAYLOAD_INVALID',
      `Order ${order.orderid} links to original sale ${JSON.stringify(linked)}, which is no order id`,
      'POS_SALE',
      `sitoo:order:${order.orderid}`,
    );
  }
  const saleId = linked ?? (order.creditorderid ? String(order.creditorderid) : undefined);
  return saleId === undefined ? null : { store, saleId };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
