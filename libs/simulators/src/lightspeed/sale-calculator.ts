import { divideRounded, parseScaled } from './decimal';

/** One line as rung up: quantity and amounts signed (negative for returned units). */
export interface LineInput {
  readonly quantity: number;
  readonly unitPriceMinor: number;
  /** Taken off this line, in the line's sign. */
  readonly lineDiscountMinor: number;
  /** This line's share of a sale-level discount, in the line's sign. */
  readonly transactionDiscountMinor: number;
}

export interface LineAmounts {
  readonly subtotalMinor: number;
  readonly totalMinor: number;
  readonly tax1E7: number;
}

const RATE_SCALE = 6;

/**
 * Lightspeed's calculated line fields for a tax-inclusive shop (UK VAT): calcSubtotal is price
 * times quantity, calcTotal what is left after both discounts (tax included), and calcTax1 the
 * tax inside that total, unrounded (7 decimals) as the real API keeps it on lines.
 */
export function lineAmounts(line: LineInput, taxRate: string): LineAmounts {
  const subtotalMinor = line.unitPriceMinor * line.quantity;
  const totalMinor = subtotalMinor - line.lineDiscountMinor - line.transactionDiscountMinor;
  const rate = BigInt(parseScaled(taxRate, RATE_SCALE) ?? 0);
  const scale = 10n ** BigInt(RATE_SCALE);
  const tax1E7 = divideRounded(BigInt(totalMinor) * 100_000n * rate, scale + rate);
  return { subtotalMinor, totalMinor, tax1E7 };
}

/**
 * Spreads a sale-level discount over lines in proportion to what each line is worth after its
 * own discount; the last line takes the remainder so the shares add up exactly.
 */
export function allocateDiscount(discountMinor: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (discountMinor === 0 || total === 0) return weights.map(() => 0);
  const shares = weights.map((weight) =>
    divideRounded(BigInt(discountMinor) * BigInt(weight), BigInt(total)),
  );
  const allocated = shares.slice(0, -1).reduce((sum, share) => sum + share, 0);
  shares[shares.length - 1] = discountMinor - allocated;
  return shares;
}

/** The part of an amount that belongs to `part` of `whole` units, e.g. 1 of 3 refunded. */
export function proportion(amountMinor: number, part: number, whole: number): number {
  return divideRounded(BigInt(amountMinor) * BigInt(part), BigInt(whole));
}
