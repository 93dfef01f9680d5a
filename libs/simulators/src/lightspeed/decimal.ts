/**
 * Lightspeed sends every amount as a decimal string. The simulator keeps amounts as integers in
 * a fixed scale (minor units, or 1e-7 for unrounded line tax) and formats them only on the way
 * out, so its own totals never drift.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "12.5" → 1250 at scale 2; undefined when the text is not a plain decimal or needs rounding. */
export function parseScaled(text: string, scale: number): number | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, minus, whole, fraction = ''] = match;
  if (fraction.length > scale && /[1-9]/.test(fraction.slice(scale))) return undefined;
  const digits = `${whole}${fraction.slice(0, scale).padEnd(scale, '0')}`;
  const value = Number(digits);
  return minus ? -value : value;
}

/** 1250 at scale 2 → "12.50". */
export function formatScaled(value: number, scale: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  if (scale === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Like formatScaled, without trailing zeros: Lightspeed's unrounded line fields ("1.6666667"). */
export function formatTrimmed(value: number, scale: number): string {
  const text = formatScaled(value, scale);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

export const formatMinor = (minor: number): string => formatScaled(minor, 2);

/** Integer division rounding half away from zero, on integers that may exceed 2^53 mid-way. */
export function divideRounded(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return Number(negative ? -quotient : quotient);
}
