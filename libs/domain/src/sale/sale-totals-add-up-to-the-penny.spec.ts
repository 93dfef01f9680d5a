import { totalsMismatches } from './sale-totals';

describe('a sale’s totals to the penny', () => {
  it('pass when lines, tax, total and payments agree (Lightspeed sale 277)', () => {
    expect(
      totalsMismatches({
        lines: [
          { netMinor: 999, taxMinor: 150 },
          { netMinor: 2000, taxMinor: 299 },
        ],
        taxMinor: 449,
        totalMinor: 3448,
        paymentsMinor: [3448],
      }),
    ).toEqual([]);
  });

  it('name the payments when they do not cover the total (Sitoo’s refund of −2990.00 paid −2900.00)', () => {
    expect(
      totalsMismatches({
        lines: [{ netMinor: -239200, taxMinor: -59800 }],
        taxMinor: -59800,
        totalMinor: -299000,
        paymentsMinor: [-290000],
      }),
    ).toEqual([{ check: 'PAYMENTS', expectedMinor: -299000, actualMinor: -290000 }]);
  });

  it('name every sum that fails, each with what the document states and what the parts make', () => {
    // Lightspeed sale 277 rounded line by line: 11.49 + 23.00 against 34.48 charged.
    expect(
      totalsMismatches({
        lines: [
          { netMinor: 999, taxMinor: 150 },
          { netMinor: 2000, taxMinor: 300 },
        ],
        taxMinor: 449,
        totalMinor: 3448,
        paymentsMinor: [3448, 0],
      }),
    ).toEqual([{ check: 'LINES_TAX', expectedMinor: 449, actualMinor: 450 }]);
    expect(
      totalsMismatches({
        lines: [{ netMinor: 1000, taxMinor: 200 }],
        taxMinor: 200,
        totalMinor: 1250,
        paymentsMinor: [],
      }),
    ).toEqual([
      { check: 'LINES_PLUS_TAX', expectedMinor: 1250, actualMinor: 1200 },
      { check: 'PAYMENTS', expectedMinor: 1250, actualMinor: 0 },
    ]);
  });
});
