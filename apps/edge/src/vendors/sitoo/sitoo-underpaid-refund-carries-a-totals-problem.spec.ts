import type { PosSale } from '@parity/contracts';
import { context, fixture, options } from './fixtures/sitoo-fixtures';
import { mapSitooOrder } from './sitoo-sale.mapper';

const saleOf = (order: unknown) => mapSitooOrder(order, context, options)[0]?.value as PosSale;

describe('a Sitoo refund whose payment (−2900.00) does not match its total (−2990.00)', () => {
  const order = fixture('order-refund-guid-register-underpaid.v2.json');

  it('goes through with Sitoo’s own figures, carrying the difference for finance', () => {
    const sale = saleOf(order);
    expect(sale.totalMinor).toBe(-299000);
    expect(sale.payments).toEqual([
      { method: 'Card', amountMinor: -290000, reference: '160512094850 000046160832' },
    ]);
    expect(sale.totalsProblem).toBe(
      'The lines add up to -2990.00 SEK, but the payments add up to -2900.00 SEK',
    );
  });

  it('names a stated total that differs from the lines too, and nothing when all agree', () => {
    expect(saleOf({ ...order, moneytotal_gross_all: '-2900.00' }).totalsProblem).toBe(
      'The lines add up to -2990.00 SEK, but the till states a total of -2900.00 SEK and the payments add up to -2900.00 SEK',
    );
    const paid = { ...(order['payments'] as object[])[0], moneyamount: '-2990.00' };
    expect(saleOf({ ...order, payments: [paid] }).totalsProblem).toBeNull();
  });
});
