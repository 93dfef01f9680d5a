import { exceptionTopicFor, Topics } from '@parity/contracts';
import { createClarusSimulator } from '@parity/simulators';
import { EdgeHarness, edgeUrl } from '../support/edge-harness';
import { unique } from '../support/unique';
import { CLARUS, CLARUS_TRIGGERS_FOR_TESTS, clarusEdgeEnv } from './vendor-settings';

describe('Clarus webhooks through edge', () => {
  const harness = new EdgeHarness();
  const sku = unique('CLA-SKU');
  const hooks = `${edgeUrl}/hooks/clarus/${CLARUS.webhookSecret}`;

  beforeAll(async () => {
    await harness.start(
      [
        createClarusSimulator({
          ...CLARUS.simulator,
          webhookUrl: hooks,
          automationIds: CLARUS_TRIGGERS_FOR_TESTS,
        }),
      ],
      () => clarusEdgeEnv(),
    );
    await harness.admin('clarus/products', {
      sku,
      name: 'Linen shirt',
      external_system_reference1: sku,
    });
    await harness.admin('clarus/stock', { product: sku, warehouse: 'MAIN', on_hand: 20 }, 'PUT');
  });
  afterAll(() => harness.stop());

  it('turns a goods-in against a PO Parity never raised into a receipt keyed by that PO', async () => {
    const poNo = unique('PO-UNKNOWN');
    await harness.admin(`clarus/goods-in/${poNo}/complete`, {
      warehouse: 'MAIN',
      lines: [{ product: sku, received_quantity: 12 }],
    });
    const [receipt] = await harness.events(Topics.wmsGoodsReceiptsV1, (r) => r.poNo === poNo, 1);
    expect(receipt?.key).toBe(poNo);
    expect(receipt?.value).toMatchObject({
      poNo,
      depot: 'WH-CLARUS',
      header: { source: 'CLARUS', producedBy: 'edge/clarus-webhook' },
      lines: [expect.objectContaining({ sku, quantity: 12 })],
    });
    expect(receipt?.value.header.archiveRef).toEqual(expect.any(String));
  });

  it('publishes adjustments and holds as signed movements keyed by SKU, once each despite duplicate deliveries', async () => {
    await harness.admin('webhooks/faults/clarus', { duplicateRate: 1 }, 'PUT');
    try {
      await harness.admin('clarus/stock/adjustments', {
        product: sku,
        warehouse: 'MAIN',
        quantity: -2,
        reason: 'DAMAGED',
      });
      await harness.admin('clarus/stock/holds', {
        product: sku,
        warehouse: 'MAIN',
        quantity: 3,
        reason: 'QC',
      });
      await harness.admin('webhooks/idle', {});
    } finally {
      await harness.admin('webhooks/faults', undefined, 'DELETE');
    }
    const movements = await harness.events(Topics.wmsStockMovementsV1, (m) => m.sku === sku, 3);
    // Give duplicates time to show up if edge let them through.
    const settled = await harness.events(
      Topics.wmsStockMovementsV1,
      (m) => m.sku === sku,
      99,
      3_000,
    );
    expect(settled).toHaveLength(movements.length);
    expect(
      settled.map(({ key, value }) => [key, value.kind, value.quantity, value.condition]),
    ).toEqual([
      [sku, 'ADJUSTMENT', -2, 'SELLABLE'],
      [sku, 'ADJUSTMENT', -3, 'SELLABLE'],
      [sku, 'ADJUSTMENT', 3, 'QUARANTINE'],
    ]);
    const deliveries = await harness.archivedContaining('clarus', sku);
    expect(deliveries.filter((d) => d.outcome === 'DUPLICATE').length).toBeGreaterThan(0);
  });

  it('answers 401 to a wrong secret or a foreign automation, archives it and tells the platform team', async () => {
    const body = JSON.stringify({ id: 1, probe: unique('probe') });
    const wrongSecret = await fetch(
      `${edgeUrl}/hooks/clarus/${'x'.repeat(24)}/goods-in-completed`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CLARUS.headers('goods-in-completed') },
        body,
      },
    );
    expect(wrongSecret.status).toBe(401);
    const foreign = await fetch(`${hooks}/goods-in-completed`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...CLARUS.headers('goods-in-completed'),
        'X-ClarusWMS-Automation-ID': 'someone-elses',
      },
      body,
    });
    expect(foreign.status).toBe(401);
    const archived = await harness.archivedContaining('clarus', body);
    expect(archived.map((a) => a.outcome)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const raised = await harness.events(
      exceptionTopicFor('PLATFORM'),
      (e) => e.type === 'AUTHENTICATION_FAILED' && e.entityId.startsWith('clarus/'),
      1,
    );
    expect(raised[0]?.value).toMatchObject({ team: 'PLATFORM', entityType: 'CONNECTOR' });
  });

  it('rejects malformed and unknown-trigger payloads with 422 saying why, archives them and raises PAYLOAD_INVALID to the platform team', async () => {
    const marker = unique('bad');
    const malformed = await fetch(`${hooks}/stock-adjustment-negative`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...CLARUS.headers('stock-adjustment-negative'),
      },
      body: `{"marker":"${marker}", not json`,
    });
    expect(malformed.status).toBe(422);
    expect(await malformed.json()).toMatchObject({ error: 'CLARUS.BODY_NOT_JSON' });

    const unknown = await fetch(`${hooks}/stock-teleported`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CLARUS.headers('goods-in-completed') },
      body: JSON.stringify({ marker }),
    });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ error: 'CLARUS.TRIGGER_UNKNOWN' });

    const archived = await harness.archivedContaining('clarus', marker);
    expect(archived.map((a) => [a.outcome, a.error_code])).toEqual([
      ['REJECTED', 'CLARUS.BODY_NOT_JSON'],
      ['REJECTED', 'CLARUS.TRIGGER_UNKNOWN'],
    ]);
    const raised = await harness.events(
      exceptionTopicFor('PLATFORM'),
      (e) => e.type === 'PAYLOAD_INVALID' && e.summary.includes('clarus'),
      2,
    );
    expect(raised.length).toBeGreaterThanOrEqual(2);
  });
});
