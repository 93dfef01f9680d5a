/**
 * Peoplevox sends and takes money as decimal strings ("12.5", "0.99"). These convert to and
 * from integer minor units by moving digits, never through floating point, so nothing drifts.
 */

/** `"12.5"` → 1250 at scale 2. Digits beyond the scale must be zeros: nothing is rounded here. */
export function decimalToMinor(text: string, scale = 2): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a decimal number`);
  const [, sign, whole, fraction = ''] = match as unknown as [string, string, string, string?];
  if (/[1-9]/.test(fraction.slice(scale))) {
    throw new RangeError(`"${text}" has more than ${scale} decimal places`);
  }
  const minor = Number(`${whole}${fraction.slice(0, scale).padEnd(scale, '0')}`);
  if (!Number.isSafeInteger(minor)) throw new RangeError(`"${text}" is too large`);
  return sign === '-' && minor !== 0 ? -minor : minor;
}

/** 1250 → `"12.50"` at scale 2. */
export function minorToDecimal(minor: number, scale = 2): string {
  if (!Number.isSafeInteger(minor))
    throw new RangeError(`${minor} is not a whole number of minor units`);
  const digits = String(Math.abs(minor)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(-scale)}` : '';
  return `${minor < 0 ? '-' : ''}${whole}${fraction}`;
}
