/**
 * Prima carries money as decimal strings with exactly two places ("12.50", "-3.10");
 * the simulator keeps pence as integers and converts only at its edge, so no float ever
 * touches an amount. Percentages and VAT rates use the same two-place form, as basis points.
 */
const TWO_PLACES = /^(-)?(\d+)\.(\d{2})$/;

export function isTwoPlaceDecimal(text: string): boolean {
  return TWO_PLACES.test(text);
}

/** "12.50" → 1250. The caller has validated the form. */
export function parseHundredths(text: string): number {
  const match = TWO_PLACES.exec(text);
  if (!match) throw new RangeError(`not a two-place decimal: ${text}`);
  const [, minus, units, hundredths] = match;
  const value = Number(units) * 100 + Number(hundredths);
  return minus ? -value : value;
}

/** 1250 → "12.50"; -5 → "-0.05". */
export function formatHundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const absolute = Math.abs(value);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** numerator / denominator rounded half away from zero, in integers (Prima's rounding rule). */
export function divideRounded(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}
