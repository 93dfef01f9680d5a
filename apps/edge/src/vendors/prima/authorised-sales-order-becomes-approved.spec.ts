import { Topics } from '@parity/contracts';
import authorised from './fixtures/sales-order-authorised.v1.json';
import { normalisePrimaSalesOrder } from './prima-sales-order.mapper';
import { testContext } from './prima-test-context';

describe('an authorised Prima sales order', () => {
  it('becomes one APPROVED SalesOrder with Prima’s own line amounts', () => {
    const events = normalisePrimaSalesOrder(authorised, testContext);
    expect(events).toEqual([
      {
        topic: Topics.erpSalesOrdersV1,
        value: {
          header: {
            eventId: 'prima:so:SO-100234:2026-11-20T09:10:00.000Z',
            source: 'PRIMA',
            producedBy: 'edge/prima-poll',
            occurredAt: Date.UTC(2026, 10, 20, 9, 10),
            sourceTimeZone: 'UTC',
            archiveRef: 'inbound/prima-0001',
          },
          orderNo: 'SO-100234',
          status: 'APPROVED',
          depot: 'LON1',
          customerAccount: 'WEB-CASH',
          externalRef: 'WEB-553120',
          orderedAt: Date.UTC(2026, 10, 20, 8, 47),
          currency: 'GBP',
          pricesIncludeTax: false,
          lines: [
            {
              lineNo: 1,
              sku: 'TEE-NVY-M',
              description: 'Organic cotton tee, navy, M',
              isStockItem: true,
              quantity: 2,
              quantityScale: 0,
              unitPriceMinor: 2083,
              // 2 × 20.83 = 41.66, and Prima's net after 10% off is 37.49.
              discountMinor: 417,
              taxCode: 'S20',
              taxMinor: 750,
              lineTotalMinor: 4499,
            },
            {
              lineNo: 2,
              sku: 'GIFTWRAP',
              description: 'Gift wrap',
              isStockItem: false,
              quantity: 1,
              quantityScale: 0,
              unitPriceMinor: 250,
              discountMinor: 0,
              taxCode: 'S20',
              taxMinor: 50,
              lineTotalMinor: 300,
            },
          ],
          deliveryAddress: {
            name: 'Ada Lovelace',
            lines: ['12 St James Square'],
            city: 'London',
            region: null,
            postcode: 'SW1Y 4JH',
            countryCode: 'GB',
          },
          taxMinor: 800,
          totalMinor: 4799,
        },
      },
    ]);
  });

  it('gets the same event id when the same version is polled again', () => {
    const [first] = normalisePrimaSalesOrder(authorised, testContext);
    const [again] = normalisePrimaSalesOrder(structuredClone(authorised), testContext);
    expect(again?.value.header.eventId).toBe(first?.value.header.eventId);
  });
});
