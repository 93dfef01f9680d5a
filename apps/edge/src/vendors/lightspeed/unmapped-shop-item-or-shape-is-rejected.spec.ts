import { PayloadRejected } from '../../ingest/canonical-event';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

function rejection(sale: Record<string, unknown>): PayloadRejected {
  try {
    normaliseLightspeedSale({ sale, shopTimeZone: 'Europe/London' }, context, account);
  } catch (error) {
    if (error instanceof PayloadRejected) return error;
    throw error;
  }
  throw new Error('the sale was not rejected');
}

describe('a Lightspeed sale Parity cannot map', () => {
  const sale = fixture('sale-variant-service-discount');
  const lines = sale['SaleLines'] as Record<string, unknown>[];

  it('from a shop with no store goes to retail ops as LOCATION_UNMAPPED', () => {
    const rejected = rejection({ ...sale, shopID: '9' });
    expect(rejected.code).toBe('LIGHTSPEED.SHOP_UNMAPPED');
    expect(rejected.exception).toEqual({
      type: 'LOCATION_UNMAPPED',
      entityType: 'STORE',
      entityId: 'lightspeed:9',
    });
  });

  it('with an item lacking customSku goes to data as VARIANT_UNMAPPED', () => {
    const [first, ...rest] = lines;
    const item = first?.['Item'] as Record<string, unknown>;
    const rejected = rejection({
      ...sale,
      SaleLines: [{ ...first, Item: { ...item, customSku: '' } }, ...rest],
    });
    expect(rejected.exception).toEqual({
      type: 'VARIANT_UNMAPPED',
      entityType: 'SKU',
      entityId: 'lightspeed-item:1',
    });
  });

  it('with an amount that is not a decimal string is PAYLOAD_INVALID, naming the field', () => {
    const [first, ...rest] = lines;
    const rejected = rejection({ ...sale, SaleLines: [{ ...first, calcTax1: 13.72 }, ...rest] });
    expect(rejected.exception.type).toBe('PAYLOAD_INVALID');
    expect(rejected.message).toContain('SaleLines.0.calcTax1');
  });
});
