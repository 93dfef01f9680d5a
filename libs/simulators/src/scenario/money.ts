/** Minor units as the 2-place decimal string every vendor's admin API takes: 1999 → "19.99". */
export function formatMinor(minor: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not a whole number of pence`);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The net price inside a gross price at 20 % VAT. Catalogue prices are multiples of 6p so this
 * is exact, and Prima's net×VAT and a till's gross agree to the penny on every clean line.
 */
export function netOfStandardRated(grossMinor: number): number {
  if (grossMinor % 6 !== 0) throw new RangeError(`${grossMinor} is not a multiple of 6p`);
  return (grossMinor / 6) * 5;
}
