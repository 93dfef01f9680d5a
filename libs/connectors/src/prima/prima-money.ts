/**
 * Prima's JSON carries money, percentages and VAT rates as decimal strings with two places
 * ("12.50") [ASSUMED]. They become integers in hundredths by string arithmetic, exactly: pence
 * for money, basis points for percentages. A value with more places would need a rounding rule
 * Prima never stated, so it is refused rather than guessed.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

export function hundredthsFromDecimal(text: unknown): number {
  const match = typeof text === 'string' ? DECIMAL.exec(text) : null;
  if (!match) throw new RangeError(`not a decimal with at most 2 places: ${JSON.stringify(text)}`);
  const [, minus, units, fraction = ''] = match;
  const value = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount out of range: ${text}`);
  return minus && value !== 0 ? -value : value;
}

export function decimalFromHundredths(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount: ${value}`);
  const absolute = Math.abs(value);
  const fraction = String(absolute % 100).padStart(2, '0');
  return `${value < 0 ? '-' : ''}${Math.trunc(absolute / 100)}.${fraction}`;
}
