/** A till sale's figures in minor units, as the orders flow checks them before Prima sees them. */
export interface SaleFigures {
  readonly lines: readonly SaleLineFigures[];
  /** The document's tax. */
  readonly taxMinor: number;
  /** The document's total, tax included. */
  readonly totalMinor: number;
  /** Money taken; declined and voided tender attempts are left out by the caller. */
  readonly paymentsMinor: readonly number[];
}

export interface SaleLineFigures {
  /** After the line's discounts, before tax. */
  readonly netMinor: number;
  readonly taxMinor: number;
}

/** Which sum failed: the lines' tax against the document's, net plus tax, or the payments. */
export type TotalsCheck = 'LINES_TAX' | 'LINES_PLUS_TAX' | 'PAYMENTS';

export interface TotalsMismatch {
  readonly check: TotalsCheck;
  /** What the document states (its tax, or its total). */
  readonly expectedMinor: number;
  /** What the parts add up to. */
  readonly actualMinor: number;
}

/**
 * Every way the sale fails to add up to the penny; empty when it does. The lines' tax must be
 * the document's tax, the lines' net plus that tax the total, and the payments the total.
 */
export function totalsMismatches(sale: SaleFigures): TotalsMismatch[] {
  const linesTax = sum(sale.lines.map((line) => line.taxMinor));
  const linesNet = sum(sale.lines.map((line) => line.netMinor));
  const checks: TotalsMismatch[] = [
    { check: 'LINES_TAX', expectedMinor: sale.taxMinor, actualMinor: linesTax },
    {
      check: 'LINES_PLUS_TAX',
      expectedMinor: sale.totalMinor,
      actualMinor: linesNet + sale.taxMinor,
    },
    { check: 'PAYMENTS', expectedMinor: sale.totalMinor, actualMinor: sum(sale.paymentsMinor) },
  ];
  return checks.filter((check) => check.expectedMinor !== check.actualMinor);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
