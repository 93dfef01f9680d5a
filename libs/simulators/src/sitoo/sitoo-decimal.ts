/**
 * Sitoo's decimal strings (`"14.15"` money, `"5.000"` stock) as exact integers of their smallest
 * unit, so the simulated till computes totals the way a cash register must: without floats.
 */
export const MONEY_PLACES = 2;
export const STOCK_PLACES = 3;

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The value in units of 10^-places; undefined if it is not a decimal or carries finer digits. */
export function parseDecimal(text: string, places: number): bigint | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(places))) return undefined;
  const scaled = BigInt(`${whole}${fraction.slice(0, places).padEnd(places, '0')}`);
  return sign === '-' ? -scaled : scaled;
}

export function formatDecimal(value: bigint, places: number): string {
  const digits = (value < 0n ? -value : value).toString().padStart(places + 1, '0');
  const sign = value < 0n ? '-' : '';
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Division rounding half away from zero, the rule tills print receipts with. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** A VAT percentage (`25`, `12.5`) in basis points. */
export function vatBasisPoints(vatvalue: number): bigint {
  const bp = parseDecimal(String(vatvalue), 2);
  if (bp === undefined) throw new RangeError(`not a VAT rate: ${vatvalue}`);
  return bp;
}
