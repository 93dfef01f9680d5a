import type { PosSale } from '@parity/contracts';
import { describeWithVendorSamples, vendorSample } from '../vendor-samples-test-context';
import { context, options } from './fixtures/sitoo-fixtures';
import { parseSitooEvents } from './sitoo-events.parser';
import { mapSitooOrder } from './sitoo-sale.mapper';

/** Sitoo's own examples name warehouse 1; here it is the fixtures' store STO1. */
const warehouse1 = {
  ...context,
  locations: {
    storeFor: (_vendor: string, shop: string) => (shop === '1' ? 'STO1' : undefined),
    depotFor: (_vendor: string, location: string) => (location === '1' ? 'STO1-D' : undefined),
  },
};
const map = (order: unknown) =>
  mapSitooOrder(order, warehouse1, options).map((event) => event.value as PosSale);

describeWithVendorSamples("Sitoo's published orders and events", () => {
  const { items } = vendorSample('sitoo-spec-all-orders-example.json') as { items: unknown[] };

  it('the till sale on a GUID register is a sale of Sitoo’s own total', () => {
    const [sale, ...more] = map(items[0]);
    expect(more).toEqual([]);
    expect(sale).toMatchObject({ saleId: '11513', kind: 'SALE', totalMinor: 1500, taxMinor: 85 });
    expect(sale?.totalsProblem).toBeNull();
  });

  it('the refund paid −2900.00 against −2990.00 is a return carrying a totals problem', () => {
    const [refund, exception] = mapSitooOrder(items[1], warehouse1, options);
    expect(refund?.value).toMatchObject({ saleId: '11512', kind: 'RETURN', totalMinor: -299000 });
    expect((refund?.value as PosSale).totalsProblem).toContain(
      'the payments add up to -2900.00 USD',
    );
    expect(exception?.value).toMatchObject({
      type: 'TOTALS_MISMATCH',
      team: 'FINANCE',
      entityId: 'STO1:11512',
    });
  });

  it('the webshop order (no register) is no till transaction', () => {
    expect(map(vendorSample('sitoo-spec-order-get-example.json'))).toEqual([]);
  });

  it('the Events SPI example is one order event', () => {
    expect(parseSitooEvents(vendorSample('sitoo-doc-spi-events-order-example.json'))).toEqual([
      expect.objectContaining({ type: 'order', orderId: 12345, accountId: '1500' }),
    ]);
  });
});
