import type { PosSale } from '@parity/contracts';
import { context, fixture, options } from './fixtures/sitoo-fixtures';
import { mapSitooOrder } from './sitoo-sale.mapper';

const saleOf = (payload: unknown) => mapSitooOrder(payload, context, options)[0].value as PosSale;

describe('mapSitooOrder: returns and exchanges', () => {
  it('maps a return to negative lines and payments linked to the original sale', () => {
    const sale = saleOf(fixture('order-return-linked.v2.json'));

    expect(sale).toMatchObject({
      kind: 'RETURN',
      saleId: '11530',
      originalSale: { store: 'STO1', saleId: '11514' },
      taxMinor: -2000,
      totalMinor: -10000,
      payments: [{ method: 'Cash', amountMinor: -10000, reference: null }],
    });
    expect(sale.lines).toEqual([
      expect.objectContaining({
        sku: '83428-0',
        quantity: -1,
        unitPriceMinor: 10000,
        discounts: [{ code: null, description: 'Discount', amountMinor: -2000 }],
        taxMinor: -2000,
        lineTotalMinor: -10000,
      }),
    ]);
  });

  it('maps returned and sold lines in one order to an EXCHANGE', () => {
    const refund = fixture('order-return-linked.v2.json');
    const sold = (fixture('order-sale-discounted.v2.json').orderitems as unknown[])[0];
    const sale = saleOf({ ...refund, orderitems: [...(refund.orderitems as unknown[]), sold] });

    expect(sale.kind).toBe('EXCHANGE');
    expect(sale.originalSale).toEqual({ store: 'STO1', saleId: '11514' });
    expect(sale.totalMinor).toBe(2500);
  });

  it('takes the link from creditorderid when the till set no additional data', () => {
    const refund = fixture('order-return-linked.v2.json');
    expect(saleOf({ ...refund, additionaldata: [] }).originalSale).toEqual({
      store: 'STO1',
      saleId: '11514',
    });
  });
});
