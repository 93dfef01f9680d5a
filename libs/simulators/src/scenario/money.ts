import { formatScaled } from '@parity/domain';

/** Minor units as the 2-place decimal string every vendor's admin API takes: 1999 → "19.99". */
export function formatMinor(minor: number): string {
  return formatScaled(minor, 2);
}

/**
 * The net price inside a gross price at 20 % VAT. Catalogue prices are multiples of 6p so this
 * is exact, and Prima's net×VAT and a till's gross agree to the penny on every clean line.
 */
export function netOfStandardRated(grossMinor: number): number {
  if (grossMinor % 6 !== 0) throw new RangeError(`${grossMinor} is not a multiple of 6p`);
  return (grossMinor / 6) * 5;
}
