/**
 * Vendors send money, rates and quantities as decimal strings ("12.50", "5.000",
 * "34.4827586"). Parity keeps them as integers scaled by 10^scale (pence, thousandths of a
 * unit), converted by string arithmetic so no binary floating point ever touches a value.
 */
export type Rounding =
  /** More places than `scale` is an error: the vendor promised that many and no more. */
  | 'exact'
  /** Round half away from zero, for vendors whose calculated fields are unrounded (Lightspeed). */
  | 'half-up';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * The decimal string as an integer in units of 10^-scale, or undefined when it is not a plain
 * decimal, has more places than `scale` under 'exact' rounding, or exceeds the safe-integer range.
 */
export function parseScaled(
  text: string,
  scale: number,
  rounding: Rounding = 'exact',
): number | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > scale && rounding === 'exact' && /[1-9]/.test(fraction.slice(scale))) {
    return undefined;
  }
  let magnitude = BigInt(whole + fraction.slice(0, scale).padEnd(scale, '0'));
  if (fraction.length > scale && rounding === 'half-up' && Number(fraction[scale]) >= 5) {
    magnitude += 1n;
  }
  const value = Number(sign === '-' ? -magnitude : magnitude);
  if (!Number.isSafeInteger(value)) return undefined;
  return Object.is(value, -0) ? 0 : value;
}

/** The scaled integer back as a decimal string with exactly `scale` places ("-0.05"). */
export function formatScaled(value: number, scale: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  const digits = Math.abs(value)
    .toString()
    .padStart(scale + 1, '0');
  const sign = value < 0 ? '-' : '';
  return scale === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
