import { divideRounded, formatHundredths, parseHundredths } from './prima-money';

describe('Prima amounts in the simulator', () => {
  it.each([
    [53973, 10, 5397], // 3 × 19.99 less 10%: 53.973 → 53.97
    [53975, 10, 5398], // half a penny rounds up
    [-53975, 10, -5398], // and away from zero for refunds
    [10794, 10, 1079],
  ])('%d / %d rounds to %d', (numerator, denominator, rounded) => {
    expect(divideRounded(numerator, denominator)).toBe(rounded);
  });

  it('reads and prints two-place decimals exactly', () => {
    expect(parseHundredths('4.35')).toBe(435);
    expect(parseHundredths('-0.05')).toBe(-5);
    expect(formatHundredths(-5)).toBe('-0.05');
    expect(formatHundredths(123456)).toBe('1234.56');
    expect(() => parseHundredths('4.355')).toThrow(RangeError);
  });
});
