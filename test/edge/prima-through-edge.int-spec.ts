import { Topics } from '@parity/contracts';
import { createPrimaSimulator } from '@parity/simulators';
import { EdgeHarness } from '../support/edge-harness';
import { unique } from '../support/unique';
import { PRIMA, primaEdgeEnv } from './vendor-settings';

describe('Prima change feeds polled through edge', () => {
  const harness = new EdgeHarness();
  const sku = unique('PRI-TEE');
  const gift = unique('PRI-GIFT');
  const customer = unique('CUST');

  beforeAll(async () => {
    await harness.start([createPrimaSimulator(PRIMA.simulator)], (sandboxUrl) =>
      primaEdgeEnv(sandboxUrl),
    );
    const price = { net: '20.00', gross: '24.00', currency: 'GBP' };
    await harness.admin('prima/depots', [
      { depotCode: 'WH1', name: 'Warehouse', type: 'WAREHOUSE' },
    ]);
    await harness.admin('prima/customers', [{ accountCode: customer, creditLimit: '10000.00' }]);
    await harness.admin('prima/items', [
      {
        itemCode: sku,
        description: 'Tee',
        productStatus: 'FULL',
        vatCode: 'S20',
        sellPrice: price,
      },
      {
        itemCode: gift,
        description: 'Gift card',
        productStatus: 'NON_STOCK',
        vatCode: 'Z',
        sellPrice: price,
      },
    ]);
    await harness.admin('prima/stock', [{ itemCode: sku, depotCode: 'WH1', quantityOnHand: 50 }]);
  });
  afterAll(() => harness.stop());

  it('publishes the item master keyed by SKU', async () => {
    const items = await harness.events(Topics.erpItemsV1, (i) => [sku, gift].includes(i.sku), 2);
    expect(items.map(({ key, value }) => [key, value.sku, value.header.source]).sort()).toEqual(
      [
        [gift, gift, 'PRIMA'],
        [sku, sku, 'PRIMA'],
      ].sort(),
    );
  });

  it('publishes a sales order once it is authorised, keyed by the order number, and an approved purchase order', async () => {
    const [order] = (await harness.admin('prima/sales-orders', [
      {
        orderSource: 'WEB',
        customerAccountCode: customer,
        depotCode: 'WH1',
        currency: 'GBP',
        lines: [
          { itemCode: sku, quantityOrdered: 2, unitNetPrice: '20.00', vatCode: 'S20' },
          { itemCode: gift, quantityOrdered: 1, unitNetPrice: '25.00', vatCode: 'Z0' },
        ],
      },
    ])) as { orderNumber: string }[];
    const orderNo = order?.orderNumber ?? '';
    const poNo = unique('PO');
    await harness.admin('prima/purchase-orders', [
      {
        poNumber: poNo,
        supplierAccountCode: 'SUP1',
        depotCode: 'WH1',
        status: 'PURCHASED',
        orderDate: new Date().toISOString(),
        currency: 'GBP',
        lines: [{ lineNumber: 1, itemCode: sku, quantityOrdered: 100, unitCost: '6.50' }],
      },
    ]);
    // Awaiting authorisation: nothing to release yet.
    const early = await harness.events(
      Topics.erpSalesOrdersV1,
      (o) => o.orderNo === orderNo,
      1,
      2_000,
    );
    expect(early).toEqual([]);

    await harness.admin(`prima/sales-orders/${orderNo}/authorise`, {});
    const [approved] = await harness.events(
      Topics.erpSalesOrdersV1,
      (o) => o.orderNo === orderNo,
      1,
    );
    expect(approved?.key).toBe(orderNo);
    expect(approved?.value).toMatchObject({ orderNo, status: 'APPROVED', depot: 'WH1' });
    expect(approved?.value.lines.map((l) => [l.sku, l.quantity])).toEqual([
      [sku, 2],
      [gift, 1],
    ]);

    const [po] = await harness.events(Topics.erpPurchaseOrdersV1, (p) => p.poNo === poNo, 1);
    expect(po?.key).toBe(poNo);
    expect(po?.value).toMatchObject({ poNo, status: 'APPROVED' });
  });
});
