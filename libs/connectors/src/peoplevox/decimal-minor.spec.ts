import { decimalToMinor, minorToDecimal } from './decimal-minor';

describe('decimal strings and minor units', () => {
  it('moves digits exactly where floating point would drift', () => {
    expect(decimalToMinor('1.15')).toBe(115);
    expect(decimalToMinor('4.35')).toBe(435);
    expect(decimalToMinor('12.5')).toBe(1250);
    expect(decimalToMinor('7')).toBe(700);
    expect(decimalToMinor('0.10')).toBe(10);
    expect(decimalToMinor('-0.01')).toBe(-1);
    expect(decimalToMinor('19.990')).toBe(1999);
  });

  it('refuses to round or guess', () => {
    expect(() => decimalToMinor('1.999')).toThrow(RangeError);
    expect(() => decimalToMinor('1,50')).toThrow(RangeError);
    expect(() => decimalToMinor('')).toThrow(RangeError);
  });

  it('formats minor units back', () => {
    expect([1999, 5, 0, -250, 100000].map((minor) => minorToDecimal(minor))).toEqual([
      '19.99',
      '0.05',
      '0.00',
      '-2.50',
      '1000.00',
    ]);
  });
});
