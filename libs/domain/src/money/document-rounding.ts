import { addDecimals, roundHalfAwayFromZero, toSafeNumber } from './decimal';
import { shareByLargestRemainder } from './largest-remainder';

/** One line's amount in a column: a decimal, or several fields of the line added exactly. */
export type LineAmount = string | number | readonly (string | number)[];

/**
 * The document rounding rule, Parity's one rule for vendor amounts with more places than the
 * currency has (Lightspeed's "11.4860025"): a column of a document (its subtotals, its discounts,
 * one tax) is added up exactly over its lines and rounded once, half away from zero, to `scale`
 * places; that rounded total is then shared back among the lines by largest remainder, so the
 * lines add up to it exactly and no line moves by a whole unit or more from its exact amount.
 *
 * `roundDocumentColumn(['0.4995', '1'], 2)` is [50, 100]: the column's 1.4995 is 1.50.
 * Undefined when an amount is not a decimal or a result leaves the safe-integer range.
 */
export function roundDocumentColumn(
  amounts: readonly LineAmount[],
  scale: number,
): number[] | undefined {
  const exact = amounts.map((amount) =>
    addDecimals(typeof amount === 'object' ? amount : [amount]),
  );
  if (exact.some((amount) => amount === undefined)) return undefined;
  const decimals = exact.filter((amount) => amount !== undefined);
  const places = Math.max(scale, ...decimals.map((amount) => amount.places));
  const numerators = decimals.map((amount) => amount.units * 10n ** BigInt(places - amount.places));
  const denominator = 10n ** BigInt(places - scale);
  const total = roundHalfAwayFromZero(
    numerators.reduce((sum, numerator) => sum + numerator, 0n),
    denominator,
  );
  const shares = shareByLargestRemainder(numerators, denominator, total).map(toSafeNumber);
  return shares.some((share) => share === undefined)
    ? undefined
    : shares.filter((share) => share !== undefined);
}
