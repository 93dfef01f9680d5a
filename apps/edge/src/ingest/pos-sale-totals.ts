import type { PosPayment, PosSaleLine } from '@parity/contracts';
import { currencyScale, formatScaled } from '@parity/domain';

/** A till transaction's figures as mapped, and the total the till itself stated, if it did. */
export interface TillFigures {
  readonly currency: string;
  readonly lines: readonly Pick<PosSaleLine, 'lineTotalMinor'>[];
  readonly payments: readonly Pick<PosPayment, 'amountMinor'>[];
  readonly statedTotalMinor?: number;
}

/**
 * What does not add up on a till transaction, in words finance can act on, or null. A till's
 * record is what happened at the counter (Sitoo's published refund pays −2900.00 against a
 * total of −2990.00), so a mismatch travels with the sale as `totalsProblem` for finance to
 * review, instead of the payload being refused as malformed.
 */
export function tillTotalsProblem(figures: TillFigures): string | null {
  const total = sum(figures.lines.map((line) => line.lineTotalMinor));
  const paid = sum(figures.payments.map((payment) => payment.amountMinor));
  const money = (minor: number) =>
    `${formatScaled(minor, currencyScale(figures.currency))} ${figures.currency}`;
  const problems = [
    ...(figures.statedTotalMinor !== undefined && figures.statedTotalMinor !== total
      ? [`the till states a total of ${money(figures.statedTotalMinor)}`]
      : []),
    ...(paid !== total ? [`the payments add up to ${money(paid)}`] : []),
  ];
  return problems.length === 0
    ? null
    : `The lines add up to ${money(total)}, but ${problems.join(' and ')}`;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
