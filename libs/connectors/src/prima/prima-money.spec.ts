import { decimalFromHundredths, hundredthsFromDecimal } from './prima-money';

describe('Prima decimal strings become hundredths exactly', () => {
  it.each([
    ['12.50', 1250],
    ['0.29', 29],
    ['1.1', 110],
    ['7', 700],
    ['-3.10', -310],
    ['-0.00', 0],
    ['90071992547409.91', 9007199254740991],
  ])('%s → %d', (text, hundredths) => {
    expect(hundredthsFromDecimal(text)).toBe(hundredths);
  });

  it('keeps values a float multiply would drift on', () => {
    // 1.005 * 100 = 100.49999999999999 and 4.35 * 100 = 434.99999999999994 in floating point.
    expect(hundredthsFromDecimal('4.35')).toBe(435);
    expect(hundredthsFromDecimal('8.15')).toBe(815);
  });

  it.each(['1.005', '12,50', '', ' 1.00', '1e2', '.50', null, 12.5])('refuses %p', (text) => {
    expect(() => hundredthsFromDecimal(text)).toThrow(RangeError);
  });

  it.each([
    [1250, '12.50'],
    [5, '0.05'],
    [-5, '-0.05'],
    [-310, '-3.10'],
    [0, '0.00'],
  ])('%d → %s', (hundredths, text) => {
    expect(decimalFromHundredths(hundredths)).toBe(text);
  });
});
