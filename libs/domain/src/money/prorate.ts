import { shareByLargestRemainder } from './largest-remainder';

/**
 * An amount in minor units split in proportion to `weights` by largest remainder: the parts add
 * up to the amount exactly and each is its exact proportional share rounded down or up. A sale
 * discount prorated over its lines takes the lines' values after their own discounts as weights:
 * `prorate(100, [1, 1, 1])` is [34, 33, 33].
 *
 * Undefined when a weight is not a non-negative safe integer, or every weight is zero while
 * there is something to share (there is no proportion to follow).
 */
export function prorate(amountMinor: number, weights: readonly number[]): number[] | undefined {
  if (!Number.isSafeInteger(amountMinor)) return undefined;
  if (weights.some((weight) => !Number.isSafeInteger(weight) || weight < 0)) return undefined;
  const whole = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (whole === 0n) return amountMinor === 0 ? weights.map(() => 0) : undefined;
  const amount = BigInt(amountMinor);
  const numerators = weights.map((weight) => amount * BigInt(weight));
  // Every share lies between 0 and the amount, so each one is a safe integer.
  return shareByLargestRemainder(numerators, whole, amount).map(Number);
}
