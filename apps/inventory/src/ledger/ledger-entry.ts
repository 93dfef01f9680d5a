import { NO_STOCK, type StockFigures } from './stock-figures';

/** The ledger's row for one SKU in one depot. */
export interface LedgerEntry {
  readonly sku: string;
  readonly depot: string;
  readonly figures: StockFigures;
  readonly quantityScale: number;
  /** The highest source sequence applied; null before the first movement. */
  readonly lastSequence: number | null;
  /** Availability version last published; rises by one with every change. */
  readonly version: number;
  /** The owner's own figures have been applied (a SNAPSHOT movement or a read of its API). */
  readonly baselined: boolean;
}

export function emptyEntry(sku: string, depot: string): LedgerEntry {
  return {
    sku,
    depot,
    figures: NO_STOCK,
    quantityScale: 0,
    lastSequence: null,
    version: 0,
    baselined: false,
  };
}

/** The key of a SKU in a depot, as the availability topic spells it. */
export function depotSkuKey(entry: { readonly depot: string; readonly sku: string }): string {
  return `${entry.depot}:${entry.sku}`;
}
