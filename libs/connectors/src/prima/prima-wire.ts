import { formatScaled, parseScaled } from '@parity/domain';
import type {
  NewPrimaSalesOrder,
  PrimaAmounts,
  PrimaCreditNote,
  PrimaItem,
  PrimaPurchaseOrder,
  PrimaSalesOrder,
  PrimaSalesOrderLine,
} from './prima.types';

/*
 * Prima's REST JSON where it differs from the connector's types: money, percentages and VAT
 * rates as decimal strings with two places ("12.50") [ASSUMED], read exactly into hundredths
 * (pence, basis points). Everything else arrives as the types describe it. These converters are
 * the only place the strings are read or written. A value with more places would need a rounding
 * rule Prima never stated, so it is refused: a malformed amount throws a RangeError, which the
 * client reports as a bad response.
 */

interface WireAmounts {
  readonly net: string;
  readonly vat: string;
  readonly gross: string;
}

export type WireItem = Omit<PrimaItem, 'sellPrice'> & {
  readonly sellPrice: { readonly net: string; readonly gross: string; readonly currency: string };
};

type WireSalesOrderLine = Omit<
  PrimaSalesOrderLine,
  'unitNetPriceMinor' | 'discountBasisPoints' | 'vatRateBasisPoints' | 'totals'
> & {
  readonly unitNetPrice: string;
  readonly discountPercent: string;
  readonly vatRate: string;
  readonly totals: WireAmounts;
};

export type WireSalesOrder = Omit<PrimaSalesOrder, 'totals' | 'lines'> & {
  readonly totals: WireAmounts;
  readonly lines: readonly WireSalesOrderLine[];
};

export type WirePurchaseOrder = Omit<PrimaPurchaseOrder, 'lines'> & {
  readonly lines: readonly (Omit<PrimaPurchaseOrder['lines'][number], 'unitCostMinor'> & {
    readonly unitCost: string;
  })[];
};

export type WireCreditNote = Omit<PrimaCreditNote, 'lines' | 'totalMinor'> & {
  readonly lines: readonly {
    readonly itemCode: string;
    readonly quantity: number;
    readonly net: string;
    readonly vat: string;
  }[];
  readonly total: string;
};

const HUNDREDTHS = 2;

function minor(text: unknown): number {
  const value = typeof text === 'string' ? parseScaled(text, HUNDREDTHS) : undefined;
  if (value === undefined) {
    throw new RangeError(`not a decimal with at most 2 places: ${JSON.stringify(text)}`);
  }
  return value;
}

const decimal = (hundredths: number) => formatScaled(hundredths, HUNDREDTHS);

export function itemFromWire(wire: WireItem): PrimaItem {
  const { sellPrice, ...rest } = wire;
  return {
    ...rest,
    sellPrice: {
      netMinor: minor(sellPrice.net),
      grossMinor: minor(sellPrice.gross),
      currency: sellPrice.currency,
    },
  };
}

export function salesOrderFromWire(wire: WireSalesOrder): PrimaSalesOrder {
  return {
    ...wire,
    totals: amountsFromWire(wire.totals),
    lines: wire.lines.map(({ unitNetPrice, discountPercent, vatRate, totals, ...line }) => ({
      ...line,
      unitNetPriceMinor: minor(unitNetPrice),
      discountBasisPoints: minor(discountPercent),
      vatRateBasisPoints: minor(vatRate),
      totals: amountsFromWire(totals),
    })),
  };
}

export function salesOrderToWire(order: NewPrimaSalesOrder): unknown {
  return {
    ...order,
    lines: order.lines.map(({ unitNetPriceMinor, discountBasisPoints, ...line }) => ({
      ...line,
      unitNetPrice: decimal(unitNetPriceMinor),
      discountPercent: decimal(discountBasisPoints ?? 0),
    })),
  };
}

export function purchaseOrderFromWire(wire: WirePurchaseOrder): PrimaPurchaseOrder {
  return {
    ...wire,
    lines: wire.lines.map(({ unitCost, ...line }) => ({ ...line, unitCostMinor: minor(unitCost) })),
  };
}

export function creditNoteFromWire(wire: WireCreditNote): PrimaCreditNote {
  const { total, lines, ...rest } = wire;
  return {
    ...rest,
    lines: lines.map(({ net, vat, ...line }) => ({
      ...line,
      netMinor: minor(net),
      vatMinor: minor(vat),
    })),
    totalMinor: minor(total),
  };
}

function amountsFromWire(wire: WireAmounts): PrimaAmounts {
  return { netMinor: minor(wire.net), vatMinor: minor(wire.vat), grossMinor: minor(wire.gross) };
}
