/** A SKU's stock in one depot, in its quantity scale. */
export interface StockFigures {
  /** Physically present, allocated and quarantined included. */
  readonly onHand: number;
  /** Committed to orders, not yet despatched. */
  readonly allocated: number;
  /** Present but not sellable. */
  readonly quarantined: number;
  /** Committed by Parity (Prima orders, till sales) but not yet reflected by the stock owner. */
  readonly pending: number;
}

export const NO_STOCK: StockFigures = Object.freeze({
  onHand: 0,
  allocated: 0,
  quarantined: 0,
  pending: 0,
});

/**
 * Available to sell: what the owner can physically supply, less what is promised or held
 * back, never below zero. Allocations count at once, so a unit is never sold twice between
 * allocation and despatch.
 */
export function availableToSell(figures: StockFigures, safetyBufferUnits: number): number {
  const free =
    figures.onHand -
    figures.allocated -
    figures.quarantined -
    figures.pending -
    Math.max(0, safetyBufferUnits);
  return Math.max(0, free);
}

export function sameFigures(a: StockFigures, b: StockFigures): boolean {
  return (
    a.onHand === b.onHand &&
    a.allocated === b.allocated &&
    a.quarantined === b.quarantined &&
    a.pending === b.pending
  );
}
