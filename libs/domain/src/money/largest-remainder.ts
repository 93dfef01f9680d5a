/**
 * Shares `total` among parts whose exact values are `numerators[i] / denominator`
 * (denominator > 0): each part gets its exact value rounded down, and the units still missing
 * go one each to the parts with the largest remainders (the earlier part on a tie). Each share
 * is therefore its exact value rounded down or up, never further, and the shares add up to
 * `total` exactly. A negative total is shared as the mirror image of the positive one, so a
 * refund rounds exactly like the sale it reverses.
 *
 * `total` must be within one unit per part of the exact sum (callers pass the exact sum itself,
 * or the exact sum rounded to an integer); anything else is a bug in the caller.
 */
export function shareByLargestRemainder(
  numerators: readonly bigint[],
  denominator: bigint,
  total: bigint,
): bigint[] {
  if (total < 0n) {
    const mirrored = numerators.map((numerator) => -numerator);
    return shareByLargestRemainder(mirrored, denominator, -total).map((share) => -share);
  }
  const floors = numerators.map((numerator) => floorDivide(numerator, denominator));
  const remainders = numerators.map((numerator, i) => numerator - (floors[i] ?? 0n) * denominator);
  let missing = total - floors.reduce((sum, floor) => sum + floor, 0n);
  if (missing < 0n || missing > BigInt(numerators.length)) {
    throw new RangeError(`${total} is not within one unit per part of the exact sum`);
  }
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  const shares = [...floors];
  for (const { index } of byRemainder) {
    if (missing === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    missing -= 1n;
  }
  return shares;
}

function floorDivide(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator < 0n ? quotient - 1n : quotient;
}
