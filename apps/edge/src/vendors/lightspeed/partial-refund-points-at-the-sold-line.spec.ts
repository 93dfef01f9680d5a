import type { PosSale } from '@parity/contracts';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

describe('a partial refund', () => {
  it('is a RETURN whose negative line names the original sale and line', () => {
    const [event] = normaliseLightspeedSale(
      {
        sale: fixture('refund-partial'),
        shopTimeZone: 'Europe/London',
        originalSales: [fixture('refund-original-sale')],
      },
      context,
      account,
    );
    const refund = event?.value as PosSale;

    expect(refund.kind).toBe('RETURN');
    expect(refund.originalSale).toEqual({ store: 'CG01', saleId: '1' });
    expect(refund.lines).toEqual([
      expect.objectContaining({
        sku: 'OXF-BLU-M',
        quantity: -1,
        discounts: [expect.objectContaining({ amountMinor: -384 })],
        taxMinor: -686,
        lineTotalMinor: -4116,
        originalLineNo: 1,
      }),
    ]);
    expect(refund.payments).toEqual([
      { method: 'Credit Card', amountMinor: -4116, reference: null },
    ]);
    expect(refund.totalMinor).toBe(-4116);
  });

  it('still maps when the original sale could not be read, without the back-reference', () => {
    const [event] = normaliseLightspeedSale(
      { sale: fixture('refund-partial'), shopTimeZone: 'Europe/London' },
      context,
      account,
    );
    const refund = event?.value as PosSale;
    expect(refund.originalSale).toBeNull();
    expect(refund.lines[0]?.originalLineNo).toBeNull();
  });
});
