import { formatScaled, parseScaled } from './decimal';

describe('parseScaled', () => {
  it('reads money into minor units without floating point', () => {
    expect(parseScaled('12.50', 2)).toBe(1250);
    expect(parseScaled('0.1', 2)).toBe(10);
    expect(parseScaled('-0.05', 2)).toBe(-5);
    expect(parseScaled('19.99', 2)).toBe(1999); // 19.99 * 100 is 1998.9999999999998 in floats
    expect(parseScaled('7', 2)).toBe(700);
    expect(parseScaled('+3.000', 3)).toBe(3000);
  });

  it('refuses more places than promised unless asked to round', () => {
    expect(parseScaled('1.005', 2)).toBeUndefined();
    expect(parseScaled('1.000', 2)).toBe(100);
    expect(parseScaled('34.4827586', 2, 'half-up')).toBe(3448);
    expect(parseScaled('1.005', 2, 'half-up')).toBe(101);
    expect(parseScaled('-1.005', 2, 'half-up')).toBe(-101);
  });

  it('rejects what is not a plain decimal or out of the safe range', () => {
    for (const bad of ['', 'abc', '1e3', '1.2.3', '12,50', '.5', '99999999999999999']) {
      expect(parseScaled(bad, 2)).toBeUndefined();
    }
    expect(parseScaled('-0.00', 2)).toBe(0);
  });
});

describe('formatScaled', () => {
  it('writes the exact decimal back', () => {
    expect(formatScaled(1250, 2)).toBe('12.50');
    expect(formatScaled(-5, 2)).toBe('-0.05');
    expect(formatScaled(5000, 3)).toBe('5.000');
    expect(formatScaled(42, 0)).toBe('42');
  });

  it('round-trips', () => {
    for (const value of [0, 1, -1, 99, 100, 123456789, -987654321]) {
      expect(parseScaled(formatScaled(value, 2), 2)).toBe(value);
    }
  });
});
