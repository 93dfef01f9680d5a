import { Topics, type PosSale } from '@parity/contracts';
import { createLightspeedSimulator } from '@parity/simulators';
import { EdgeHarness } from '../support/edge-harness';
import { GENERIC_NON_STOCK_ITEM, LIGHTSPEED, lightspeedEdgeEnv } from './vendor-settings';

interface Created {
  saleID: string;
}

interface SaleLineRef {
  saleLineID: string;
  itemID: string;
}

describe('Lightspeed sales polled through edge', () => {
  const harness = new EdgeHarness();
  const items: Record<string, string> = {};
  let shopID = '';

  const item = async (body: object) =>
    ((await harness.admin('lightspeed/items', body)) as { itemID: string }).itemID;

  beforeAll(() =>
    harness.start([createLightspeedSimulator(LIGHTSPEED.simulator)], async (sandboxUrl) => {
      const shop = (await harness.admin('lightspeed/shops', {
        name: 'Covent Garden',
        timeZone: 'Europe/London',
      })) as { shopID: string };
      shopID = shop.shopID;
      const matrix = (await harness.admin('lightspeed/matrices', {
        description: 'Oxford shirt',
      })) as { itemMatrixID: string };
      items.blueM = await item({
        description: 'Oxford shirt blue M',
        customSku: 'OXF-BLU-M',
        price: '45.00',
        itemMatrixID: matrix.itemMatrixID,
        attributes: { attribute1: 'Blue', attribute2: 'M' },
      });
      items.blueL = await item({
        description: 'Oxford shirt blue L',
        customSku: 'OXF-BLU-L',
        price: '45.00',
        itemMatrixID: matrix.itemMatrixID,
        attributes: { attribute1: 'Blue', attribute2: 'L' },
      });
      items.socks = await item({ description: 'Socks', customSku: 'SOCK-1', price: '7.99' });
      items.wrap = await item({
        description: 'Gift wrap',
        customSku: 'SVC-WRAP',
        price: '2.50',
        itemType: 'non_inventory',
      });
      for (const itemID of [items.blueM, items.blueL, items.socks]) {
        await harness.admin('lightspeed/stock', { itemID, shopID, qoh: 10 }, 'PUT');
      }
      return lightspeedEdgeEnv(sandboxUrl, shopID);
    }),
  );
  afterAll(() => harness.stop());

  const published = async (saleIds: string[]): Promise<Map<string, PosSale>> => {
    const found = await harness.events(
      Topics.posSalesV1,
      (s) => s.store === 'CG' && saleIds.includes(s.saleId),
      saleIds.length,
      60_000,
    );
    return new Map(found.map(({ value }) => [value.saleId, value]));
  };

  it('publishes a sale with a matrix-variant line, a non-inventory line and a discount, then a partial refund and an exchange linked to it', async () => {
    const sale = (await harness.admin('lightspeed/sales', {
      shopID,
      lines: [
        { itemID: items.blueM, quantity: 2, discount: '5.00' },
        { itemID: items.socks, quantity: 1 },
        { itemID: items.wrap, quantity: 1 },
      ],
      transactionDiscount: '3.00',
      payments: [{ paymentTypeID: '2', amount: '10.00', archived: true }, { paymentTypeID: '2' }],
    })) as Created & { SaleLines: { SaleLine: SaleLineRef | SaleLineRef[] } };
    const [sold] = [...(await published([sale.saleID])).values()];
    expect(sold).toMatchObject({ kind: 'SALE', depot: 'STORE-CG', currency: 'GBP' });
    expect(sold?.lines.map((l) => [l.sku, l.quantity, l.taxCode])).toEqual([
      ['OXF-BLU-M', 2, 'S20'],
      ['SOCK-1', 1, 'S20'],
      ['SVC-WRAP', 1, 'S20'],
    ]);
    expect(sold?.lines.some((l) => l.discounts.length > 0)).toBe(true);
    // The archived (abandoned) payment attempt is not a payment.
    expect(sold?.payments.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(sold?.totalMinor);

    const lineOf = (itemID: string) =>
      [sale.SaleLines.SaleLine].flat().find((l) => l.itemID === itemID)?.saleLineID;
    const refund = (await harness.admin('lightspeed/sales', {
      shopID,
      returned: { saleID: sale.saleID, lines: [{ saleLineID: lineOf(items.blueM), quantity: 1 }] },
      payments: [{ paymentTypeID: '2' }],
    })) as Created;
    const exchange = (await harness.admin('lightspeed/sales', {
      shopID,
      returned: { saleID: sale.saleID, lines: [{ saleLineID: lineOf(items.socks), quantity: 1 }] },
      lines: [{ itemID: items.blueL, quantity: 1 }],
      payments: [{ paymentTypeID: '1' }],
    })) as Created;

    const later = await published([refund.saleID, exchange.saleID]);
    expect(later.get(refund.saleID)).toMatchObject({
      kind: 'RETURN',
      originalSale: { store: 'CG', saleId: sale.saleID },
    });
    expect(later.get(refund.saleID)?.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['OXF-BLU-M', -1],
    ]);
    expect(later.get(exchange.saleID)?.kind).toBe('EXCHANGE');
    expect(
      later
        .get(exchange.saleID)
        ?.lines.map((l) => [l.sku, l.quantity])
        .sort(),
    ).toEqual([
      ['OXF-BLU-L', 1],
      ['SOCK-1', -1],
    ]);
  });

  it('publishes a sale with a cashier’s miscellaneous line, served without completeTime as older API versions do, at its timeStamp', async () => {
    const sale = (await harness.admin('lightspeed/sales', {
      shopID,
      lines: [
        { itemID: items.socks, quantity: 1 },
        { itemID: '0', quantity: 1, unitPrice: '8.50', note: 'Alteration: trouser hem' },
      ],
      payments: [{ paymentTypeID: '2' }],
      withoutCompleteTime: true,
    })) as Created & { timeStamp: string; completeTime?: string };
    expect(sale.completeTime).toBeUndefined();
    const [mapped] = [...(await published([sale.saleID])).values()];
    expect(mapped?.header.occurredAt).toBe(Date.parse(sale.timeStamp));
    expect(
      mapped?.lines.map((l) => [l.sku, l.isStockItem, l.description, l.unitPriceMinor]),
    ).toEqual([
      ['SOCK-1', true, null, 799],
      [GENERIC_NON_STOCK_ITEM, false, 'Alteration: trouser hem', 850],
    ]);
    expect(mapped?.totalMinor).toBe(1649);
    expect(mapped?.totalsProblem).toBeNull();
  });
});
