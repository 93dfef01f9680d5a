/**
 * Sitoo keeps stock as decimal strings with three places (`"5.000"`). Parity's arithmetic on
 * them is exact: thousandths of a unit as a bigint, never a float.
 */
const STOCK = /^(-?)(\d+)(?:\.(\d{1,3}))?$/;

export function parseStockQuantity(text: string): bigint | undefined {
  const match = STOCK.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const thousandths = BigInt(`${whole}${fraction.padEnd(3, '0')}`);
  return sign === '-' ? -thousandths : thousandths;
}

export function formatStockQuantity(thousandths: bigint): string {
  const digits = (thousandths < 0n ? -thousandths : thousandths).toString().padStart(4, '0');
  return `${thousandths < 0n ? '-' : ''}${digits.slice(0, -3)}.${digits.slice(-3)}`;
}
