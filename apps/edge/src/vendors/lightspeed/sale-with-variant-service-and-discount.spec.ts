import type { PosSale } from '@parity/contracts';
import { Topics } from '@parity/contracts';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

describe('a completed Lightspeed sale', () => {
  const [event] = normaliseLightspeedSale(
    { sale: fixture('sale-variant-service-discount'), shopTimeZone: 'Europe/London' },
    context,
    account,
  );
  const sale = event?.value as PosSale;

  it('becomes one PosSale on pos.sales.v1 in the shop’s store and depot', () => {
    expect(event?.topic).toBe(Topics.posSalesV1);
    expect(sale).toMatchObject({
      store: 'CG01',
      depot: 'CG01-STORE',
      saleId: '1',
      receiptNo: '220000000001',
      kind: 'SALE',
      currency: 'GBP',
      pricesIncludeTax: true,
      originalSale: null,
      customerRef: null,
    });
    expect(sale.header).toEqual({
      eventId: `lightspeed:sale:1:${Date.parse('2025-03-14T10:15:00Z')}`,
      source: 'LIGHTSPEED',
      producedBy: 'edge/lightspeed-poll',
      occurredAt: Date.parse('2025-03-14T10:15:00Z'),
      sourceTimeZone: 'Europe/London',
      archiveRef: 'archive-42',
    });
  });

  it('takes discounts, totals and tax from the calculated fields, in pence', () => {
    expect(sale.lines[0]).toEqual({
      lineNo: 1,
      sku: 'OXF-BLU-M',
      isStockItem: true,
      quantity: 2,
      quantityScale: 0,
      unitPriceMinor: 4500,
      discounts: [
        { code: null, description: 'Lightspeed line and sale discount', amountMinor: 767 },
      ],
      taxCode: 'S20',
      taxRateBasisPoints: 2000,
      // calcTax1 "13.7216667", rounded once.
      taxMinor: 1372,
      lineTotalMinor: 8233,
      originalLineNo: null,
      description: null,
    });
  });

  it('keeps a non_inventory line for Prima, flagged as not stock', () => {
    expect(sale.lines.map((line) => [line.sku, line.isStockItem])).toEqual([
      ['OXF-BLU-M', true],
      ['SOCK-1', true],
      ['SVC-WRAP', false],
    ]);
  });

  it('counts only payments that were taken, and they add up to the lines', () => {
    expect(sale.payments).toEqual([{ method: 'Credit Card', amountMinor: 9249, reference: null }]);
    expect(sale.totalMinor).toBe(9249);
    expect(sale.taxMinor).toBe(sale.lines.reduce((sum, line) => sum + line.taxMinor, 0));
  });
});
