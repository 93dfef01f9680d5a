import type { PosSale } from '@parity/contracts';
import { Topics } from '@parity/contracts';
import { context, fixture, options } from './fixtures/sitoo-fixtures';
import { mapSitooOrder } from './sitoo-sale.mapper';

function saleOf(payload: unknown): PosSale {
  const events = mapSitooOrder(payload, context, options);
  expect(events).toHaveLength(1);
  expect(events[0].topic).toBe(Topics.posSalesV1);
  return events[0].value as PosSale;
}

describe('mapSitooOrder: a till sale', () => {
  it('becomes one PosSale with net prices, per-line VAT and discounts in minor units', () => {
    const sale = saleOf(fixture('order-sale-discounted.v2.json'));

    expect(sale).toMatchObject({
      header: {
        eventId: 'sitoo:order:11514',
        source: 'SITOO',
        producedBy: 'edge/sitoo-events',
        occurredAt: 1767268800000,
        sourceTimeZone: 'Europe/Stockholm',
        archiveRef: 'archive-1',
      },
      store: 'STO1',
      depot: 'STO1-D',
      saleId: '11514',
      receiptNo: 'R-0042',
      kind: 'SALE',
      currency: 'SEK',
      pricesIncludeTax: false,
      taxMinor: 6500,
      totalMinor: 32500,
      originalSale: null,
      customerRef: null,
      payments: [{ method: 'Card', amountMinor: 32500, reference: 'AUTH-771' }],
    });
    expect(sale.lines).toEqual([
      {
        lineNo: 1,
        sku: '10038-2',
        isStockItem: true,
        quantity: 1,
        quantityScale: 0,
        unitPriceMinor: 10000,
        discounts: [],
        taxCode: 'S25',
        taxRateBasisPoints: 2500,
        taxMinor: 2500,
        lineTotalMinor: 12500,
        originalLineNo: null,
        description: null,
      },
      {
        lineNo: 2,
        sku: '83428-0',
        isStockItem: true,
        quantity: 2,
        quantityScale: 0,
        unitPriceMinor: 10000,
        discounts: [{ code: null, description: 'Discount', amountMinor: 4000 }],
        taxCode: 'S25',
        taxRateBasisPoints: 2500,
        taxMinor: 4000,
        lineTotalMinor: 20000,
        originalLineNo: null,
        description: null,
      },
    ]);
  });

  it('reads amounts from the strings, where floats would drift', () => {
    const order = fixture('order-sale-discounted.v2.json');
    const [item] = order.orderitems as Record<string, unknown>[];
    Object.assign(item, {
      moneyoriginalprice: '0.29',
      moneyitemtotal_net: '1.15',
      moneyitemtotal_vat: '0.29',
      vatvalue: 12.5,
    });
    const paid = {
      moneytotal_gross_all: '1.44',
      payments: [{ name: 'Card', moneyamount: '1.44' }],
    };
    const line = saleOf({ ...order, ...paid, orderitems: [item] }).lines[0];
    // 0.29 * 100 is 28.999999999999996 and 1.15 * 100 is 114.99999999999999 in floats.
    expect([line.unitPriceMinor, line.taxMinor, line.lineTotalMinor]).toEqual([29, 29, 144]);
    expect(line.taxRateBasisPoints).toBe(1250);
  });

  it('keeps totals as Sitoo states them even when the payments do not add up', () => {
    const order = fixture('order-sale-discounted.v2.json');
    const underpaid = { ...order, payments: [{ name: 'Card', moneyamount: '300.00' }] };
    const [event, exception] = mapSitooOrder(underpaid, context, options);
    const sale = event?.value as PosSale;
    expect([sale.totalMinor, sale.payments[0].amountMinor]).toEqual([32500, 30000]);
    expect(exception?.topic).toBe(Topics.exceptionsFinanceV1);
  });

  it('falls back to the account time zone when the till did not stamp one', () => {
    const order = fixture('order-sale-discounted.v2.json');
    const sale = saleOf({ ...order, additionaldata: {} });
    expect(sale.header.sourceTimeZone).toBe('Europe/Stockholm');
    expect(sale.receiptNo).toBeNull();
  });

  it('yields nothing for a webshop order, which has no register', () => {
    const order = fixture('order-sale-discounted.v2.json');
    expect(mapSitooOrder({ ...order, registerid: null }, context, options)).toEqual([]);
  });
});
