import { roundDocumentColumn } from './document-rounding';

/*
 * Figures of Lightspeed's published sample sales (tax-exclusive shop, tax1 5% and tax2 9.975%):
 * the lines' calculated fields are unrounded, the sale's own fields and payments are rounded.
 */
const sum = (values: readonly number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);

describe('document rounding against what Lightspeed charged', () => {
  it('sale 277: lines and tax come to the 34.48 paid, where rounding each line gives 34.49', () => {
    const subtotal = roundDocumentColumn(['9.99', '20'], 2);
    const tax1 = roundDocumentColumn(['0.4995', '1'], 2);
    const tax2 = roundDocumentColumn(['0.9965025', '1.995'], 2);
    expect([subtotal, tax1, tax2]).toEqual([
      [999, 2000],
      [50, 100],
      [100, 199],
    ]);
    const lineTotals = [0, 1].map(
      (i) => (subtotal?.[i] ?? 0) + (tax1?.[i] ?? 0) + (tax2?.[i] ?? 0),
    );
    expect(lineTotals).toEqual([1149, 2299]);
    expect(sum(tax1) + sum(tax2)).toBe(449); // the sale's taxTotal "4.49"
    expect(sum(lineTotals)).toBe(3448); // calcTotal and the payment, "34.48"
    // Rounding each line's calcTotal on its own ("11.4860025", "22.995") gives 11.49 + 23.00.
    expect(
      sum(roundDocumentColumn(['11.4860025'], 2)) + sum(roundDocumentColumn(['22.995'], 2)),
    ).toBe(3449);
  });

  it('sale 270: each tax is rounded on its own, as the sale’s calcTax1 and calcTax2 are', () => {
    // calcTax1 "0.705" is 0.71 and calcTax2 "1.406475" is 1.41: 14.10 + 2.12 = 16.22 paid.
    // Rounding the line's calcTotal "16.211475", or both taxes together, would give 16.21.
    const tax1 = roundDocumentColumn(['0.705'], 2);
    const tax2 = roundDocumentColumn(['1.406475'], 2);
    expect(1410 + sum(tax1) + sum(tax2)).toBe(1622);
    expect(sum(roundDocumentColumn(['16.211475'], 2))).toBe(1621);
  });

  it('sale 282, the full refund of 277, rounds as the mirror image of the sale', () => {
    expect(roundDocumentColumn(['-0.4995', '-1'], 2)).toEqual([-50, -100]);
    expect(roundDocumentColumn(['-0.9965025', '-1.995'], 2)).toEqual([-100, -199]);
  });

  it('a tax-inclusive sale’s VAT comes to the sale’s taxTotal, where line by line it falls short', () => {
    // 13.7216667 + 1.29 + 0.4033333 = 15.415 is 15.42; rounded line by line it is 15.41.
    expect(roundDocumentColumn(['13.7216667', '1.29', '0.4033333'], 2)).toEqual([1372, 129, 41]);
  });

  it('adds a line’s several fields exactly before the column is rounded', () => {
    // Line and transaction discounts of two lines: 0.004 + 0.003 and 0.002 + 0.002 make 0.011.
    expect(
      roundDocumentColumn(
        [
          ['0.004', '0.003'],
          ['0.002', '0.002'],
        ],
        2,
      ),
    ).toEqual([1, 0]);
  });

  it('refuses a column with an amount that is not a decimal', () => {
    expect(roundDocumentColumn(['1.00', '1e2'], 2)).toBeUndefined();
    expect(roundDocumentColumn(['99999999999999999.99'], 2)).toBeUndefined();
    expect(roundDocumentColumn([], 2)).toEqual([]);
  });
});
