/**
 * Vendors send money, rates and quantities as decimal strings ("12.50", "5.000",
 * "34.4827586"), now and then as JSON numbers (Sitoo's VAT 12.5). Parity keeps them as integers
 * scaled by 10^scale (pence, basis points, thousandths of a unit). Every conversion here is
 * integer arithmetic on the digits (BigInt), so no binary floating point ever touches a value.
 *
 * Refusal is one style throughout the lib: a function that cannot give an exact, safe answer
 * returns undefined, and the caller turns that into its own rejection with its own context.
 */
export type Rounding =
  /** More places than `scale` (other than trailing zeros) is refused: the vendor promised no more. */
  | 'exact'
  /** Round half away from zero: the document rounding rule applied to a single amount. */
  | 'half-away-from-zero';

/** A decimal exactly: `units` × 10^-places. */
export interface ExactDecimal {
  readonly units: bigint;
  readonly places: number;
}

/** Plain decimal notation only: no exponent, no leading dot, no plus sign, no spaces. */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

/**
 * The exact value of a decimal string, or of a JSON number as the vendor wrote it (its shortest
 * form: 12.5, not 12.4999…); undefined for anything else, including numbers JavaScript can
 * only write with an exponent (below 1e-6 or from 1e21).
 */
export function readDecimal(value: string | number): ExactDecimal | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  const match = DECIMAL.exec(typeof value === 'number' ? String(value) : value);
  if (!match) return undefined;
  const [, minus, whole = '0', fraction = ''] = match;
  const magnitude = BigInt(`${whole}${fraction}`);
  return { units: minus ? -magnitude : magnitude, places: fraction.length };
}

/** The exact sum of decimals, or undefined if one of them is not a decimal. */
export function addDecimals(values: readonly (string | number)[]): ExactDecimal | undefined {
  const exact = values.map(readDecimal);
  if (exact.some((value) => value === undefined)) return undefined;
  const decimals = exact.filter((value) => value !== undefined);
  const places = Math.max(0, ...decimals.map((value) => value.places));
  const units = decimals.reduce(
    (sum, value) => sum + value.units * 10n ** BigInt(places - value.places),
    0n,
  );
  return { units, places };
}

/**
 * The value as an integer in units of 10^-scale: `parseScaled('12.5', 2)` is 1250. Undefined when
 * it is not a plain decimal, needs rounding under 'exact', or leaves the safe-integer range.
 */
export function parseScaled(
  value: string | number,
  scale: number,
  rounding: Rounding = 'exact',
): number | undefined {
  return sumScaled([value], scale, rounding);
}

/**
 * The exact sum of decimals as an integer in units of 10^-scale, rounded (if asked) once, after
 * adding: `sumScaled(['0.05', '0.09975'], 4, 'half-away-from-zero')` is 1498 (basis points).
 */
export function sumScaled(
  values: readonly (string | number)[],
  scale: number,
  rounding: Rounding = 'exact',
): number | undefined {
  const exact = addDecimals(values);
  if (!exact) return undefined;
  const scaled = rescale(exact, scale, rounding);
  return scaled === undefined ? undefined : toSafeNumber(scaled);
}

/** The scaled integer back as a decimal string with exactly `scale` places ("-0.05"). */
export function formatScaled(value: number, scale: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  checkScale(scale);
  const digits = Math.abs(value)
    .toString()
    .padStart(scale + 1, '0');
  const sign = value < 0 ? '-' : '';
  return scale === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

function rescale(exact: ExactDecimal, scale: number, rounding: Rounding): bigint | undefined {
  checkScale(scale);
  if (exact.places <= scale) return exact.units * 10n ** BigInt(scale - exact.places);
  const divisor = 10n ** BigInt(exact.places - scale);
  if (rounding === 'exact' && exact.units % divisor !== 0n) return undefined;
  return roundHalfAwayFromZero(exact.units, divisor);
}

/** `numerator / denominator` (denominator > 0) rounded to an integer, half away from zero. */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const magnitude = numerator < 0n ? -numerator : numerator;
  const quotient = (magnitude * 2n + denominator) / (denominator * 2n);
  return numerator < 0n ? -quotient : quotient;
}

/** The integer as a number, or undefined past Number.MAX_SAFE_INTEGER (never -0). */
export function toSafeNumber(value: bigint): number | undefined {
  const result = Number(value);
  return Number.isSafeInteger(result) ? result + 0 : undefined;
}

function checkScale(scale: number): void {
  // A scale is a constant of the caller's code, not vendor input: a wrong one is a bug.
  if (!Number.isInteger(scale) || scale < 0 || scale > 20) {
    throw new RangeError(`a scale is a whole number of places from 0 to 20, not ${scale}`);
  }
}
