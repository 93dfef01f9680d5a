import type { PosSale } from '@parity/contracts';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

describe('an exchange', () => {
  it('is one EXCHANGE with the returned line negative and the new one positive', () => {
    const [event] = normaliseLightspeedSale(
      {
        sale: fixture('exchange'),
        shopTimeZone: 'Europe/London',
        originalSales: [fixture('refund-original-sale')],
      },
      context,
      account,
    );
    const exchange = event?.value as PosSale;

    expect(exchange.kind).toBe('EXCHANGE');
    expect(
      exchange.lines.map((line) => [
        line.sku,
        line.quantity,
        line.lineTotalMinor,
        line.originalLineNo,
      ]),
    ).toEqual([
      ['SOCK-1', -1, -774, 2],
      ['OXF-BLU-L', 1, 4500, null],
    ]);
    expect(exchange.totalMinor).toBe(3726);
    expect(exchange.payments).toEqual([{ method: 'Cash', amountMinor: 3726, reference: null }]);
    expect(exchange.originalSale).toEqual({ store: 'CG01', saleId: '1' });
  });
});
