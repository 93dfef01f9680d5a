/**
 * Lightspeed sends amounts as decimal strings, line fields unrounded (`"11.4860025"`). They
 * are added exactly as scaled integers and rounded once, half away from zero, to the target
 * number of decimals: never through floating point, which drifts by a penny now and then.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

/**
 * The exact sum of decimal strings, rounded half away from zero to `digits` decimals, as an
 * integer: `sumScaled(['1.005', '0.0025'], 2)` is 101. Throws on text that is not a decimal.
 */
export function sumScaled(texts: readonly string[], digits: number): number {
  const parsed = texts.map(parse);
  const scale = Math.max(digits, ...parsed.map((value) => value.scale));
  const total = parsed.reduce(
    (sum, value) => sum + value.units * 10n ** BigInt(scale - value.scale),
    0n,
  );
  const rounded = roundHalfAwayFromZero(total, 10n ** BigInt(scale - digits));
  const result = Number(rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError(`${texts.join(' + ')} is out of range`);
  return result;
}

/** In a currency's minor units: `toMinor(['12.345'], 'GBP')` is 1235. */
export function toMinor(texts: readonly string[], currency: string): number {
  return sumScaled(texts, minorDigits(currency));
}

/** A rate Lightspeed writes as a fraction (`"0.2"`) in basis points (2000). */
export function fractionToBasisPoints(texts: readonly string[]): number {
  return sumScaled(texts, 4);
}

/** ISO 4217 minor-unit digits: 2 for GBP, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

function parse(text: string): { units: bigint; scale: number } {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a decimal number`);
  const [, minus, whole, fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: minus ? -units : units, scale: fraction.length };
}

function roundHalfAwayFromZero(value: bigint, divisor: bigint): bigint {
  const magnitude = value < 0n ? -value : value;
  const quotient = (magnitude * 2n + divisor) / (divisor * 2n);
  return value < 0n ? -quotient : quotient;
}
