import { divideRounded, formatDecimal, parseDecimal, vatBasisPoints } from './sitoo-decimal';

describe('Sitoo decimals in the simulator', () => {
  it('parses money and stock strings into exact integers', () => {
    expect(parseDecimal('14.15', 2)).toBe(1415n);
    expect(parseDecimal('-13.000', 3)).toBe(-13000n);
    expect(parseDecimal('5', 3)).toBe(5000n);
    expect(parseDecimal('1.230', 2)).toBe(123n);
  });

  it('refuses digits finer than the unit and anything not a decimal', () => {
    expect(parseDecimal('1.234', 2)).toBeUndefined();
    expect(parseDecimal('1e2', 2)).toBeUndefined();
    expect(parseDecimal('', 2)).toBeUndefined();
  });

  it('formats back with the unit places, signs kept', () => {
    expect(formatDecimal(-8000n, 2)).toBe('-80.00');
    expect(formatDecimal(5n, 3)).toBe('0.005');
  });

  it('rounds halves away from zero, as receipts do', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(vatBasisPoints(12.5)).toBe(1250n);
  });
});
