import { formatStockQuantity, parseStockQuantity } from './sitoo-quantity';

describe('Sitoo stock quantities', () => {
  it('reads decimal strings as exact thousandths', () => {
    expect(parseStockQuantity('5.000')).toBe(5000n);
    expect(parseStockQuantity('-13.5')).toBe(-13500n);
    expect(parseStockQuantity('0.001')).toBe(1n);
    expect(parseStockQuantity('7')).toBe(7000n);
  });

  it('refuses what is not a three-place decimal', () => {
    for (const text of ['', '1.0001', '1e3', '1,5', ' 1', 'NaN']) {
      expect(parseStockQuantity(text)).toBeUndefined();
    }
  });

  it('writes thousandths back in the form Sitoo sends', () => {
    expect(formatStockQuantity(5000n)).toBe('5.000');
    expect(formatStockQuantity(-13500n)).toBe('-13.500');
    expect(formatStockQuantity(1n)).toBe('0.001');
    expect(formatStockQuantity(0n)).toBe('0.000');
  });
});
