/** An order's lines apart: what a warehouse picks, and what only Prima hears of. */
export interface OrderLineSplit<Line> {
  readonly stock: readonly Line[];
  /** Gift cards, services, fees: they reach Prima but never a WMS. */
  readonly nonStock: readonly Line[];
}

/** Splits lines by their stock flag, each side in the order's own line order. */
export function splitStockLines<Line extends { readonly isStockItem: boolean }>(
  lines: readonly Line[],
): OrderLineSplit<Line> {
  return {
    stock: lines.filter((line) => line.isStockItem),
    nonStock: lines.filter((line) => !line.isStockItem),
  };
}
