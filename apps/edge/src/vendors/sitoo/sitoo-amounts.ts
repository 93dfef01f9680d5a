/*
 * Sitoo sends money as decimal strings with exactly two places ("14.15", "-80.00") and VAT as
 * a percentage number (25, 12.5). Both are read by moving the decimal point in the string,
 * never by multiplying floats, so no amount can drift by a cent.
 */

/** A two-place amount in minor units: "-80.00" is -8000. */
export function moneyMinor(text: string): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`not a Sitoo amount: ${JSON.stringify(text)}`);
  const minor = Number(`${match[1]}${match[2]}${match[3]}`);
  if (!Number.isSafeInteger(minor)) throw new RangeError(`amount out of range: ${text}`);
  return minor === 0 ? 0 : minor;
}

/** A VAT percentage with at most two places, in basis points: 12.5 is 1250. */
export function vatBasisPoints(percent: number): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(percent));
  if (!match) throw new RangeError(`not a VAT rate: ${percent}`);
  return Number(`${match[1]}${(match[2] ?? '').padEnd(2, '0')}`);
}
