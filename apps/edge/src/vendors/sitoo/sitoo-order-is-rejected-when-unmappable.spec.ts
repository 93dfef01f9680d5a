import { PayloadRejected } from '../../ingest/canonical-event';
import { context, fixture, options } from './fixtures/sitoo-fixtures';
import { mapSitooOrder } from './sitoo-sale.mapper';

function rejection(payload: unknown, taxCodes = options): PayloadRejected {
  try {
    mapSitooOrder(payload, context, taxCodes);
  } catch (error) {
    if (error instanceof PayloadRejected) return error;
    throw error;
  }
  throw new Error('expected the order to be rejected');
}

const order = () => fixture('order-sale-discounted.v2.json');

describe('mapSitooOrder: rejections', () => {
  it('rejects a warehouse with no Parity store as LOCATION_UNMAPPED', () => {
    expect(rejection({ ...order(), warehouseid: 99 })).toMatchObject({
      code: 'SITOO.LOCATION_UNMAPPED',
      exception: {
        type: 'LOCATION_UNMAPPED',
        entityType: 'STORE',
        entityId: 'sitoo:warehouse:99',
      },
    });
  });

  it('rejects a VAT rate with no Prima tax code as TAX_CODE_UNMAPPED', () => {
    const noCodes = { ...options, taxCodeFor: () => undefined };
    expect(rejection(order(), noCodes).exception.type).toBe('TAX_CODE_UNMAPPED');
  });

  it.each([
    ['an amount as a number', { moneyitemtotal_net: 100 }],
    ['an amount with three places', { moneyitemtotal_net: '100.000' }],
    ['a fractional quantity', { quantity: 1.5 }],
    ['a zero quantity', { quantity: 0 }],
    ['a VAT rate finer than two places', { vatvalue: 12.345 }],
    ['no sku', { sku: '' }],
  ])('rejects an item with %s as PAYLOAD_INVALID', (_case, change) => {
    const payload = order();
    const items = payload.orderitems as Record<string, unknown>[];
    Object.assign(items[0], change);
    expect(rejection(payload)).toMatchObject({
      code: 'SITOO.PAYLOAD_INVALID',
      exception: { entityType: 'POS_SALE', entityId: 'sitoo:order:11514' },
    });
  });

  it('rejects a till order without items or warehouse, and an unreadable original-sale link', () => {
    expect(rejection({ ...order(), orderitems: [] }).exception.type).toBe('PAYLOAD_INVALID');
    expect(rejection({ ...order(), warehouseid: null }).exception.type).toBe('PAYLOAD_INVALID');
    const badLink = { ...order(), additionaldata: { 'pos-originalsales-orderid': 'abc' } };
    expect(rejection(badLink).exception.type).toBe('PAYLOAD_INVALID');
  });
});
