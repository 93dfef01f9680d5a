import { type SaleFigures, totalsMismatches } from './sale-totals';

/** Lightspeed's sale 277 by the document rounding rule: 9.99 and 20.00 net, 4.49 tax, 34.48 paid. */
const sale277: SaleFigures = {
  lines: [
    { netMinor: 999, taxMinor: 150 },
    { netMinor: 2000, taxMinor: 299 },
  ],
  taxMinor: 449,
  totalMinor: 3448,
  paymentsMinor: [3448],
};

describe('a sale’s totals to the penny', () => {
  it('pass when lines, tax, total and payments agree', () => {
    expect(totalsMismatches(sale277)).toEqual([]);
  });

  it('name the payments when they do not cover the total (Sitoo’s refund of −2990.00 paid −2900.00)', () => {
    const refund: SaleFigures = {
      lines: [{ netMinor: -239200, taxMinor: -59800 }],
      taxMinor: -59800,
      totalMinor: -299000,
      paymentsMinor: [-290000],
    };
    expect(totalsMismatches(refund)).toEqual([
      { check: 'PAYMENTS', expectedMinor: -299000, actualMinor: -290000 },
    ]);
  });

  it('name the lines’ tax when each line was rounded on its own (sale 277’s 1.995 as 2.00)', () => {
    const lines = [
      { netMinor: 999, taxMinor: 150 },
      { netMinor: 2000, taxMinor: 300 },
    ];
    expect(totalsMismatches({ ...sale277, lines })).toEqual([
      { check: 'LINES_TAX', expectedMinor: 449, actualMinor: 450 },
    ]);
  });

  it('name every sum that fails, each with what the document states and what the parts make', () => {
    expect(totalsMismatches({ ...sale277, totalMinor: 3500, paymentsMinor: [] })).toEqual([
      { check: 'LINES_PLUS_TAX', expectedMinor: 3500, actualMinor: 3448 },
      { check: 'PAYMENTS', expectedMinor: 3500, actualMinor: 0 },
    ]);
  });
});
