import { unwrapCollections } from '@parity/connectors';
import type { PosSale } from '@parity/contracts';
import { parseScaled } from '@parity/domain';
import { describeWithVendorSamples, vendorSample } from '../vendor-samples-test-context';
import { context } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

/**
 * Lightspeed's own Sale examples (developer docs), read the way LightspeedClient hands them on.
 * The docs fetched most of them without SaleLines.Item, which edge's poller always loads: the
 * items they sell (12 and 28) are given here as that relation would carry them.
 */
const items: Record<string, object> = {
  '12': { itemID: '12', customSku: 'DOC-12', itemType: 'default', itemMatrixID: '0' },
  '28': { itemID: '28', customSku: 'DOC-28', itemType: 'default', itemMatrixID: '0' },
};
const account = { currency: 'USD', taxCodeFor: () => 'DOC-TAX' };

function saleOf(file: string): Record<string, unknown> {
  const body = unwrapCollections(vendorSample(file)) as { Sale: Record<string, unknown> };
  const lines = (body.Sale['SaleLines'] ?? []) as Record<string, unknown>[];
  return {
    ...body.Sale,
    SaleLines: lines.map((line) => ({ Item: items[String(line['itemID'])], ...line })),
  };
}

const map = (sale: Record<string, unknown>) =>
  normaliseLightspeedSale({ sale, shopTimeZone: 'US/Eastern' }, context, account).map(
    (event) => event.value as PosSale,
  );
describeWithVendorSamples("Lightspeed's published sales", () => {
  it.each([
    ['lightspeed-doc-sale-270-pricing-rule-single-line-response.json', 'SALE'],
    ['lightspeed-doc-sale-277-completed-response.json', 'SALE'],
    ['lightspeed-doc-sale-282-full-refund-response.json', 'RETURN'],
    ['lightspeed-doc-sale-displaytemplate-full-relations.json', 'SALE'],
    ['lightspeed-doc-sale-giftcard-redeemed-response.json', 'SALE'],
    ['lightspeed-doc-sale-giftcard-sold-response.json', 'SALE'],
  ])('%s is one %s whose total and payments are Lightspeed’s to the cent', (file, kind) => {
    const sale = saleOf(file);
    const [mapped, ...more] = map(sale);
    expect(more).toEqual([]);
    expect(mapped?.kind).toBe(kind);
    expect(mapped?.totalMinor).toBe(parseScaled(String(sale['calcTotal']), 2));
    expect(mapped?.totalsProblem).toBeNull();
  });

  it('the archived sale and the partial refund not yet completed are no sale', () => {
    expect(map(saleOf('lightspeed-doc-sale-156-archived-response.json'))).toEqual([]);
    expect(map(saleOf('lightspeed-doc-sale-302-partial-refund-response.json'))).toEqual([]);
  });

  it('the gift card sold, completed without completeTime, is a non-stock line at its timeStamp', () => {
    const [sale] = map(saleOf('lightspeed-doc-sale-giftcard-sold-response.json'));
    expect(sale?.header.occurredAt).toBe(Date.parse('2021-10-11T18:21:08+00:00'));
    expect(sale?.lines).toEqual([
      expect.objectContaining({
        sku: 'NONSTOCK',
        isStockItem: false,
        description: 'Gift Card Purchase 231234000000',
      }),
    ]);
    expect(sale?.payments.map((p) => [p.method, p.amountMinor])).toEqual([
      ['Gift Card', -10000],
      ['Cash', 10000],
    ]);
  });
});
