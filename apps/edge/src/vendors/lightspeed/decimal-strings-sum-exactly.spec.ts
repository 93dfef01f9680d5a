import { fractionToBasisPoints, minorDigits, sumScaled, toMinor } from './decimal-minor';

describe('decimal strings to minor units', () => {
  it('rounds an unrounded line value once, half away from zero', () => {
    expect(toMinor(['11.4860025'], 'GBP')).toBe(1149);
    expect(toMinor(['-0.005'], 'GBP')).toBe(-1);
    expect(toMinor(['0.005'], 'GBP')).toBe(1);
  });

  it('adds before rounding, so two half pennies make a penny', () => {
    expect(toMinor(['0.004', '0.004'], 'GBP')).toBe(1);
    expect(toMinor(['2.67', '5.00'], 'GBP')).toBe(767);
  });

  it('does not drift where floating point does', () => {
    // 1.005 * 100 is 100.49999999999999 in floating point.
    expect(toMinor(['1.005'], 'GBP')).toBe(101);
    expect(toMinor(['0.1', '0.2'], 'GBP')).toBe(30);
  });

  it('uses the currency’s own minor unit and reads rates as basis points', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(toMinor(['1500'], 'JPY')).toBe(1500);
    expect(fractionToBasisPoints(['0.2', '0'])).toBe(2000);
    expect(fractionToBasisPoints(['0.0825'])).toBe(825);
  });

  it('refuses text that is not a decimal', () => {
    expect(() => sumScaled(['1e3'], 2)).toThrow(RangeError);
    expect(() => sumScaled(['12,50'], 2)).toThrow(RangeError);
  });
});
