import { account, context } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

describe('an archived Lightspeed sale (parked, then abandoned)', () => {
  it('is no sale, even with no lines at all', () => {
    // Lightspeed's published archived sale 156: completed "false", archived "true", no SaleLines.
    const sale = {
      saleID: '156',
      shopID: '1',
      completed: 'false',
      archived: 'true',
      voided: 'false',
      timeStamp: '2021-04-18T16:59:24+00:00',
    };
    expect(normaliseLightspeedSale({ sale, shopTimeZone: 'UTC' }, context, account)).toEqual([]);
    expect(
      normaliseLightspeedSale(
        { sale: { ...sale, completed: 'true' }, shopTimeZone: 'UTC' },
        context,
        account,
      ),
    ).toEqual([]);
  });
});
