import fc from 'fast-check';
import { currencyScale } from './currency-scale';
import { formatScaled, isDecimal, parseScaled, sumScaled } from './decimal';

describe('decimal strings and scaled integers', () => {
  it('reads money into minor units where floating point would drift', () => {
    expect(parseScaled('12.50', 2)).toBe(1250);
    expect(parseScaled('0.1', 2)).toBe(10);
    expect(parseScaled('-0.05', 2)).toBe(-5);
    expect(parseScaled('19.99', 2)).toBe(1999); // 19.99 * 100 is 1998.9999999999998
    expect(parseScaled('4.35', 2)).toBe(435); // 4.35 * 100 is 434.99999999999994
    expect(parseScaled('7', 2)).toBe(700);
    expect(parseScaled('5.000', 3)).toBe(5000);
    expect(parseScaled('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseScaled('-0.00', 2)).toBe(0);
    expect(Object.is(parseScaled('-0.00', 2), -0)).toBe(false);
  });

  it('reads a JSON number as the vendor wrote it', () => {
    expect(parseScaled(12.5, 2)).toBe(1250);
    expect(parseScaled(25, 2)).toBe(2500);
    expect(parseScaled(0.1 + 0.2, 2)).toBeUndefined(); // 0.30000000000000004 is not 0.3
    for (const bad of [Number.NaN, Infinity, 1e21, 1e-7])
      expect(parseScaled(bad, 2)).toBeUndefined();
  });

  it('refuses more places than promised, unless asked to round half away from zero', () => {
    expect(parseScaled('1.005', 2)).toBeUndefined();
    expect(parseScaled('1.000', 2)).toBe(100);
    expect(parseScaled('34.4827586', 2, 'half-away-from-zero')).toBe(3448);
    expect(parseScaled('1.005', 2, 'half-away-from-zero')).toBe(101);
    expect(parseScaled('-1.005', 2, 'half-away-from-zero')).toBe(-101);
    expect(parseScaled('-1.0049', 2, 'half-away-from-zero')).toBe(-100);
  });

  it('adds exactly before it rounds, so two fifths of a penny stay below a penny', () => {
    expect(sumScaled(['0.004', '0.004'], 2, 'half-away-from-zero')).toBe(1);
    expect(sumScaled(['0.004'], 2, 'half-away-from-zero')).toBe(0);
    expect(sumScaled(['0.1', '0.2'], 2)).toBe(30); // 0.1 + 0.2 is 0.30000000000000004
    expect(sumScaled(['2.67', '5.00'], 2)).toBe(767);
    expect(sumScaled(['0.05', '0.09975'], 4, 'half-away-from-zero')).toBe(1498);
    expect(sumScaled(['0.2', '0'], 4)).toBe(2000);
    expect(sumScaled([], 2)).toBe(0);
    expect(sumScaled(['1', '1e3'], 2)).toBeUndefined();
  });

  it('reads and writes Sitoo’s three-place stock quantities', () => {
    expect(['5.000', '-13.5', '0.001', '7'].map((text) => parseScaled(text, 3))).toEqual([
      5000, -13500, 1, 7000,
    ]);
    expect(parseScaled('1.0001', 3)).toBeUndefined();
    expect(formatScaled(-13500, 3)).toBe('-13.500');
  });

  it('refuses what is not a plain decimal, or is out of the safe range', () => {
    const bad = ['', 'abc', '1e3', '1.2.3', '12,50', '.5', '5.', '+1', ' 1.00', 'NaN'];
    for (const text of [...bad, '99999999999999999', '90071992547409.92']) {
      expect(parseScaled(text, 2)).toBeUndefined();
    }
    expect(bad.filter(isDecimal)).toEqual([]);
  });

  it('writes the exact decimal back', () => {
    expect(formatScaled(1250, 2)).toBe('12.50');
    expect(formatScaled(-5, 2)).toBe('-0.05');
    expect(formatScaled(5000, 3)).toBe('5.000');
    expect(formatScaled(0, 3)).toBe('0.000');
    expect(formatScaled(42, 0)).toBe('42');
    expect(() => formatScaled(1.5, 2)).toThrow(RangeError);
  });

  it('round-trips every safe integer at every scale', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 8 }), (value, scale) => {
        const text = formatScaled(value, scale);
        expect(isDecimal(text)).toBe(true);
        expect(parseScaled(text, scale)).toBe(value);
      }),
    );
  });

  it('rounds a value that already fits to itself', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 8 }), (value, scale) => {
        expect(parseScaled(formatScaled(value, scale), scale, 'half-away-from-zero')).toBe(value);
      }),
    );
  });

  it('knows each currency’s minor unit', () => {
    expect([currencyScale('GBP'), currencyScale('JPY'), currencyScale('KWD')]).toEqual([2, 0, 3]);
  });
});
