import fc from 'fast-check';
import { splitStockLines } from './order-line-split';

describe('splitting an order’s lines', () => {
  it('keeps gift cards and services away from the warehouse, in line order', () => {
    const lines = [
      { lineNo: 1, sku: 'OXF-BLU-M', isStockItem: true },
      { lineNo: 2, sku: 'SVC-WRAP', isStockItem: false },
      { lineNo: 3, sku: 'SOCK-1', isStockItem: true },
      { lineNo: 4, sku: 'GIFT-25', isStockItem: false },
    ];
    const { stock, nonStock } = splitStockLines(lines);
    expect(stock.map((line) => line.lineNo)).toEqual([1, 3]);
    expect(nonStock.map((line) => line.lineNo)).toEqual([2, 4]);
  });

  it('loses no line and puts none on both sides', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ lineNo: fc.nat(), isStockItem: fc.boolean() })), (lines) => {
        const { stock, nonStock } = splitStockLines(lines);
        expect(stock.every((line) => line.isStockItem)).toBe(true);
        expect(nonStock.some((line) => line.isStockItem)).toBe(false);
        expect(stock.length + nonStock.length).toBe(lines.length);
      }),
    );
  });
});
