import { Topics } from '@parity/contracts';
import { createSitooSimulator } from '@parity/simulators';
import { EdgeHarness, edgeUrl } from '../support/edge-harness';
import { SITOO, sitooEdgeEnv } from './vendor-settings';

interface RungUp {
  order: { orderid: number; orderitems: { orderitemid: number }[] };
}

describe('Sitoo events and orders through edge', () => {
  const harness = new EdgeHarness();
  let warehouseid = 0;

  beforeAll(() =>
    harness.start(
      [
        createSitooSimulator({
          ...SITOO.simulator,
          eventsUrl: `${edgeUrl}/hooks/sitoo/${SITOO.eventsSecret}/events`,
          eventsAuth: SITOO.eventsAuth,
        }),
      ],
      async (sandboxUrl) => {
        await harness.admin('sitoo/products', [
          { sku: 'TEE-BLK-M', title: 'Tee black M', moneyprice: '100.00', vatvalue: 25 },
          { sku: 'CAP-RED', title: 'Cap red', moneyprice: '16.00', vatvalue: 25 },
        ]);
        const [store] = (await harness.admin('sitoo/warehouses', [
          { name: 'Stockholm City', currencycode: 'SEK', timezone: 'Europe/Stockholm' },
        ])) as { warehouseid: number }[];
        warehouseid = store?.warehouseid ?? 0;
        const warehouseId = warehouseid;
        await harness.admin(
          'sitoo/stock',
          [
            { warehouseid: warehouseId, sku: 'TEE-BLK-M', total: '10' },
            { warehouseid: warehouseId, sku: 'CAP-RED', total: '5' },
          ],
          'PUT',
        );
        return sitooEdgeEnv(sandboxUrl, warehouseId);
      },
    ),
  );
  afterAll(() => harness.stop());

  it('publishes a sale and its return (a negative line linked to the original) as till transactions keyed by store:sale', async () => {
    const sale = (await harness.admin('sitoo/sales', {
      warehouseid,
      sold: [
        { sku: 'TEE-BLK-M', quantity: 2, rowdiscount: '50.00' },
        { sku: 'CAP-RED', quantity: 1 },
      ],
    })) as RungUp;
    const refund = (await harness.admin('sitoo/returns', {
      warehouseid,
      returned: {
        originalOrderId: sale.order.orderid,
        lines: [{ orderitemid: sale.order.orderitems[0]?.orderitemid ?? 0, quantity: 1 }],
        reasoncode: 'DAMAGED',
      },
    })) as RungUp;

    const ids = [String(sale.order.orderid), String(refund.order.orderid)];
    const published = await harness.events(Topics.posSalesV1, (s) => ids.includes(s.saleId), 2);
    const bySale = new Map(published.map((p) => [p.value.saleId, p]));
    const sold = bySale.get(ids[0] ?? '');
    const returned = bySale.get(ids[1] ?? '');
    expect(sold?.key).toBe(`STH:${ids[0]}`);
    expect(sold?.value).toMatchObject({
      kind: 'SALE',
      store: 'STH',
      depot: 'STORE-STH',
      currency: 'SEK',
      header: { source: 'SITOO', sourceTimeZone: 'Europe/Stockholm' },
    });
    expect(sold?.value.lines.map((l) => [l.sku, l.quantity, l.taxCode])).toEqual([
      ['TEE-BLK-M', 2, 'S25'],
      ['CAP-RED', 1, 'S25'],
    ]);
    // 2 × 100.00 less 50.00 discount, 25 % VAT: 200.00; 16.00 + 25 %: 20.00.
    expect(sold?.value.totalMinor).toBe(22_000);
    expect(returned?.value).toMatchObject({
      kind: 'RETURN',
      originalSale: { store: 'STH', saleId: ids[0] },
    });
    expect(returned?.value.lines.map((l) => [l.sku, l.quantity])).toEqual([['TEE-BLK-M', -1]]);
    expect(returned?.value.totalMinor).toBeLessThan(0);
  });

  it('refuses an events push without the Basic credentials', async () => {
    const response = await fetch(`${edgeUrl}/hooks/sitoo/${SITOO.eventsSecret}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    });
    expect(response.status).toBe(401);
  });

  it('rejects a malformed events body with 422, so Sitoo sees what is wrong', async () => {
    const basic = Buffer.from(`${SITOO.eventsAuth.username}:${SITOO.eventsAuth.password}`).toString(
      'base64',
    );
    const response = await fetch(`${edgeUrl}/hooks/sitoo/${SITOO.eventsSecret}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${basic}` },
      body: JSON.stringify([{ event_id: 'x', eventtype: 'order', data: { nonsense: true } }]),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: expect.stringMatching(/^SITOO\./) });
  });
});
