import { type PosPayment, type PosSaleLine, type PosTransactionKind } from '@parity/contracts';
import { currencyScale, parseScaled, sumScaled } from '@parity/domain';
import {
  type CanonicalEvent,
  type NonStockItemMap,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { tillSaleEvents } from '../../ingest/pos-sale-totals';
import { lightspeedLineAmounts, type LightspeedLineAmounts } from './lightspeed-sale-amounts';
import { lightspeedRejections as reject } from './lightspeed-rejections';
import {
  lightspeedOriginalSaleSchema,
  lightspeedSaleSchema,
  lightspeedSaleStatusSchema,
  MISCELLANEOUS_ITEM_ID,
  type ParsedLightspeedSale,
  type ParsedLightspeedSaleLine,
  type ParsedOriginalSale,
} from './lightspeed-sale.schema';

const VENDOR = 'lightspeed';
/** Item types that never move stock: they must reach Prima but never a WMS. */
const NON_STOCK_ITEM_TYPES = new Set(['non_inventory', 'gift_card']);
const NO_ID = '0';
/** Basis points are ten-thousandths of the fraction Lightspeed writes a rate as ("0.2"). */
const BASIS_POINTS = 4;

/** What edge polled: the Sale with its relations, and what it needs to be read. */
export interface PolledLightspeedSale {
  /** A Sale with SaleLines, SaleLines.Item, SalePayments, SalePayments.PaymentType loaded. */
  readonly sale: unknown;
  /** The Shop's timeZone, for sourceTimeZone. */
  readonly shopTimeZone: string;
  /** The sales a refund's parentSaleLineIDs point into (LightspeedClient.salesHoldingLines). */
  readonly originalSales?: readonly unknown[];
}

/** Per-account facts Lightspeed does not put on a sale. */
export interface LightspeedAccountSettings {
  /** ISO 4217 code the account trades in. */
  readonly currency: string;
  /** Prima's tax code for a Lightspeed taxClassID. */
  taxCodeFor(taxClassID: string): string | undefined;
}

/**
 * A completed Lightspeed sale → one PosSale on pos.sales.v1 (and TOTALS_MISMATCH for finance
 * when its payments do not cover its lines, see tillSaleEvents). A sale that is not completed, or
 * was voided or archived, is no sale and gives nothing: it is read again when it changes. The
 * event id is the sale and the moment it was completed, so polling it again, or a later edit
 * that only bumps its timeStamp, repeats the id instead of making a second sale. Older API
 * versions leave completeTime out; the sale's timeStamp then stands in for it, so the sale is
 * mapped rather than dropped (an edit after completion would then give it a second id).
 */
export function normaliseLightspeedSale(
  polled: PolledLightspeedSale,
  ctx: NormaliseContext,
  account: LightspeedAccountSettings,
): CanonicalEvent[] {
  const saleRef = describe(polled.sale);
  const status = lightspeedSaleStatusSchema.safeParse(polled.sale);
  if (!status.success) throw reject.invalid(saleRef, status.error);
  const { completed, voided, archived } = status.data;
  if (completed !== 'true' || voided === 'true' || archived === 'true') return [];
  const parsed = lightspeedSaleSchema.safeParse(polled.sale);
  if (!parsed.success) throw reject.invalid(saleRef, parsed.error);
  const sale = parsed.data;

  const store = ctx.locations.storeFor(VENDOR, sale.shopID);
  if (!store) throw reject.shopUnmapped(sale.shopID, 'store');
  const depot = ctx.locations.depotFor(VENDOR, sale.shopID);
  if (!depot) throw reject.shopUnmapped(sale.shopID, 'depot');
  const originals = (polled.originalSales ?? []).map((original) => {
    const result = lightspeedOriginalSaleSchema.safeParse(original);
    if (!result.success) throw reject.invalid(describe(original), result.error);
    return result.data;
  });

  const ordered = [...sale.SaleLines].sort((a, b) => Number(a.saleLineID) - Number(b.saleLineID));
  const scale = currencyScale(account.currency);
  const amounts = lightspeedLineAmounts(ordered, sale.isTaxInclusive === 'true', scale);
  if (!amounts) throw reject.amountsOutOfRange(saleRef);
  const lines = ordered.map((line, index) =>
    toLine(
      line,
      index + 1,
      amounts[index],
      { saleRef: `${store}:${sale.saleID}`, scale, account, nonStockItems: ctx.nonStockItems },
      originals,
    ),
  );
  const original = originalOf(ordered, originals);
  const occurredAt = Date.parse(sale.completeTime ?? sale.timeStamp);
  const paid = payments(sale, scale, saleRef);
  return tillSaleEvents({
    header: {
      eventId: `lightspeed:sale:${sale.saleID}:${occurredAt}`,
      source: 'LIGHTSPEED',
      producedBy: 'edge/lightspeed-poll',
      occurredAt,
      sourceTimeZone: polled.shopTimeZone,
      archiveRef: ctx.archiveRef,
    },
    store,
    saleId: sale.saleID,
    receiptNo: sale.ticketNumber || null,
    kind: kindOf(lines),
    depot,
    currency: account.currency,
    pricesIncludeTax: sale.isTaxInclusive === 'true',
    lines,
    payments: paid,
    taxMinor: lines.reduce((sum, line) => sum + line.taxMinor, 0),
    totalMinor: lines.reduce((sum, line) => sum + line.lineTotalMinor, 0),
    originalSale: original
      ? {
          store: ctx.locations.storeFor(VENDOR, original.shopID) ?? store,
          saleId: original.saleID,
        }
      : null,
    customerRef: sale.customerID === NO_ID ? null : sale.customerID,
  });
}

/**
 * A line's realised amounts are its share of the sale's rounded columns (lightspeedLineAmounts);
 * its price and rate are its own, rounded half away from zero where Lightspeed wrote more places.
 */
function toLine(
  line: ParsedLightspeedSaleLine,
  lineNo: number,
  amounts: LightspeedLineAmounts | undefined,
  {
    saleRef,
    scale,
    account,
    nonStockItems,
  }: {
    saleRef: string;
    scale: number;
    account: LightspeedAccountSettings;
    nonStockItems: NonStockItemMap;
  },
  originals: readonly ParsedOriginalSale[],
): PosSaleLine {
  const { sku, isStockItem, description } = itemOf(line, saleRef, nonStockItems);
  const taxCode = account.taxCodeFor(line.taxClassID);
  if (!taxCode) throw reject.taxClassUnmapped(line.taxClassID, saleRef);
  const unitPriceMinor = parseScaled(line.unitPrice, scale, 'half-away-from-zero');
  const rate = sumScaled([line.tax1Rate, line.tax2Rate], BASIS_POINTS, 'half-away-from-zero');
  if (!amounts || unitPriceMinor === undefined || rate === undefined) {
    throw reject.amountsOutOfRange(saleRef);
  }
  const { discountMinor, taxMinor, lineTotalMinor } = amounts;
  return {
    lineNo,
    sku,
    isStockItem,
    quantity: Number(line.unitQuantity),
    quantityScale: 0,
    unitPriceMinor,
    discounts:
      discountMinor === 0
        ? []
        : [
            {
              code: line.discountID === NO_ID ? null : line.discountID,
              description: 'Lightspeed line and sale discount',
              amountMinor: discountMinor,
            },
          ],
    taxCode,
    taxRateBasisPoints: rate,
    taxMinor,
    lineTotalMinor,
    originalLineNo: originalLineNo(line.parentSaleLineID, originals),
    description,
  };
}

/**
 * What a line sold. A catalogue item is its customSku; a miscellaneous line (itemID "0", a
 * cashier's open line such as a gift card sold) is the world's generic Prima non-stock item
 * for Lightspeed's item "0", carrying the cashier's text, and never moves stock.
 */
function itemOf(
  line: ParsedLightspeedSaleLine,
  saleRef: string,
  nonStockItems: NonStockItemMap,
): Pick<PosSaleLine, 'sku' | 'isStockItem' | 'description'> {
  if (line.itemID === MISCELLANEOUS_ITEM_ID || !line.Item) {
    const sku = nonStockItems.primaItemFor(VENDOR, MISCELLANEOUS_ITEM_ID);
    if (!sku) throw reject.noGenericNonStockItem(line.saleLineID, saleRef);
    return { sku, isStockItem: false, description: line.Note?.note || 'Miscellaneous' };
  }
  if (!line.Item.customSku) throw reject.itemWithoutSku(line.itemID, saleRef);
  return {
    sku: line.Item.customSku,
    isStockItem: !NON_STOCK_ITEM_TYPES.has(line.Item.itemType),
    description: null,
  };
}

function kindOf(lines: readonly PosSaleLine[]): PosTransactionKind {
  const returned = lines.some((line) => line.quantity < 0);
  const sold = lines.some((line) => line.quantity > 0);
  if (returned && sold) return 'EXCHANGE';
  return returned ? 'RETURN' : 'SALE';
}

/** Archived payments are abandoned tender attempts (a declined card), never money taken. */
function payments(sale: ParsedLightspeedSale, scale: number, saleRef: string): PosPayment[] {
  return sale.SalePayments.filter((payment) => payment.archived !== 'true').map((payment) => {
    const amountMinor = parseScaled(payment.amount, scale, 'half-away-from-zero');
    if (amountMinor === undefined) throw reject.amountsOutOfRange(saleRef);
    return {
      method: payment.PaymentType.name,
      amountMinor,
      reference: payment.remoteReference || null,
    };
  });
}

/** The sale the first returned line came from; pos.sales.v1 names one original sale. */
function originalOf(
  lines: readonly ParsedLightspeedSaleLine[],
  originals: readonly ParsedOriginalSale[],
): ParsedOriginalSale | undefined {
  const parents = lines.map((line) => line.parentSaleLineID).filter((id) => id !== NO_ID);
  return originals.find((sale) => sale.SaleLines.some((line) => parents.includes(line.saleLineID)));
}

/** A returned line's lineNo on its original sale, numbered the way this mapper numbers lines. */
function originalLineNo(
  parentSaleLineID: string,
  originals: readonly ParsedOriginalSale[],
): number | null {
  if (parentSaleLineID === NO_ID) return null;
  for (const sale of originals) {
    const ids = sale.SaleLines.map((line) => Number(line.saleLineID)).sort((a, b) => a - b);
    const index = ids.indexOf(Number(parentSaleLineID));
    if (index >= 0) return index + 1;
  }
  return null;
}

function describe(sale: unknown): string {
  const saleID = (sale as { saleID?: unknown } | null)?.saleID;
  return typeof saleID === 'string' ? `lightspeed:${saleID}` : 'lightspeed:(no saleID)';
}
