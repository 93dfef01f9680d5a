import { Topics, type PosSale } from '@parity/contracts';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

describe('a completed Lightspeed sale whose payments do not cover its lines', () => {
  const sale = fixture('sale-tax-exclusive-two-taxes');
  const [payment] = sale['SalePayments'] as Record<string, unknown>[];
  const shortPaid = { ...sale, SalePayments: [{ ...payment, amount: '34.00' }] };
  const events = normaliseLightspeedSale(
    { sale: shortPaid, shopTimeZone: 'Europe/London' },
    context,
    account,
  );

  it('is still the sale Lightspeed recorded, carrying what does not add up', () => {
    const posSale = events[0]?.value as PosSale;
    expect(events[0]?.topic).toBe(Topics.posSalesV1);
    expect(posSale.totalMinor).toBe(3448);
    expect(posSale.totalsProblem).toBe(
      'The lines add up to 34.48 GBP, but the payments add up to 34.00 GBP',
    );
  });

  it('raises TOTALS_MISMATCH about store:sale to finance', () => {
    expect(events.slice(1)).toEqual([
      {
        topic: Topics.exceptionsFinanceV1,
        value: expect.objectContaining({
          type: 'TOTALS_MISMATCH',
          team: 'FINANCE',
          entityId: `CG01:${String(sale['saleID'])}`,
          details: { currency: 'GBP', linesTotalMinor: '3448', paymentsMinor: '3400' },
        }),
      },
    ]);
  });
});
