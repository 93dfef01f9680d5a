import type { PosSale } from '@parity/contracts';
import { context, fixture, options } from './fixtures/sitoo-fixtures';
import { mapSitooOrder } from './sitoo-sale.mapper';

describe('a Sitoo till order whose registerid is a GUID string, as in Sitoo’s own examples', () => {
  it('is a till transaction like one with a numeric register', () => {
    const order = fixture('order-refund-guid-register-underpaid.v2.json');
    const [event] = mapSitooOrder(order, context, options);
    expect(event?.value).toMatchObject({ store: 'STO1', saleId: '11540', kind: 'RETURN' });
    const numeric = mapSitooOrder({ ...order, registerid: 3 }, context, options);
    expect(numeric.map((e) => (e.value as PosSale).lines)).toEqual([
      (event?.value as PosSale).lines,
    ]);
  });
});
