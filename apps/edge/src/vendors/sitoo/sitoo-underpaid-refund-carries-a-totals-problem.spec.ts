import { Topics, type IntegrationException, type PosSale } from '@parity/contracts';
import { context, fixture, options } from './fixtures/sitoo-fixtures';
import { mapSitooOrder } from './sitoo-sale.mapper';

const eventsOf = (order: unknown) => mapSitooOrder(order, context, options);
const saleOf = (order: unknown) => eventsOf(order)[0]?.value as PosSale;

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

  it('raises TOTALS_MISMATCH about the sale to finance, beside the sale and not instead of it', () => {
    const [sale, exception, ...more] = eventsOf(order);
    expect(more).toEqual([]);
    expect(sale?.topic).toBe(Topics.posSalesV1);
    expect(exception?.topic).toBe(Topics.exceptionsFinanceV1);
    expect(exception?.value).toMatchObject({
      type: 'TOTALS_MISMATCH',
      team: 'FINANCE',
      entityType: 'POS_SALE',
      entityId: 'STO1:11540',
      fingerprint: 'TOTALS_MISMATCH:POS_SALE:STO1:11540',
      header: {
        eventId: 'edge:totals:sitoo:order:11540',
        source: 'SITOO',
        archiveRef: 'archive-1',
      },
      rawPayloadRef: 'edge.inbound_archive/archive-1',
      details: {
        currency: 'SEK',
        linesTotalMinor: '-299000',
        paymentsMinor: '-290000',
        statedTotalMinor: '-299000',
      },
      clears: false,
    } satisfies Partial<Omit<IntegrationException, 'header'>> & { header: object });
  });

  it('names a stated total that differs from the lines too, and raises nothing when all agree', () => {
    expect(saleOf({ ...order, moneytotal_gross_all: '-2900.00' }).totalsProblem).toBe(
      'The lines add up to -2990.00 SEK, but the till states a total of -2900.00 SEK and the payments add up to -2900.00 SEK',
    );
    const paid = { ...(order['payments'] as object[])[0], moneyamount: '-2990.00' };
    const agreed = eventsOf({ ...order, payments: [paid] });
    expect(agreed.map((event) => event.topic)).toEqual([Topics.posSalesV1]);
    expect((agreed[0]?.value as PosSale).totalsProblem).toBeNull();
  });
});
