import {
  PeoplevoxClient,
  peoplevoxCallbackTemplate,
  type PeoplevoxCallbackEvent,
} from '@parity/connectors';
import { exceptionTopicFor, Topics } from '@parity/contracts';
import { createPeoplevoxSimulator } from '@parity/simulators';
import { EdgeHarness, edgeUrl } from '../support/edge-harness';
import { unique } from '../support/unique';
import { PEOPLEVOX, peoplevoxEdgeEnv } from './vendor-settings';

describe('Peoplevox callbacks through edge', () => {
  const harness = new EdgeHarness();
  const hooks = `${edgeUrl}/hooks/peoplevox/${PEOPLEVOX.callbackSecret}`;
  let client: PeoplevoxClient;
  const subscribe = (event: PeoplevoxCallbackEvent) =>
    client.subscribe(event, peoplevoxCallbackTemplate(hooks, event));

  beforeAll(async () => {
    await harness.start(
      [createPeoplevoxSimulator({ ...PEOPLEVOX.simulator, sites: ['PrimarySite', 'Outlet'] })],
      () => peoplevoxEdgeEnv(),
    );
    client = new PeoplevoxClient({
      baseUrl: `${harness.sandbox.url}/peoplevox`,
      ...PEOPLEVOX.simulator,
      callsPerSecond: 100,
    });
    for (const event of ['AvailabilityChanges', 'DespatchPackageDespatched'] as const) {
      await subscribe(event);
    }
  });
  afterAll(() => harness.stop());

  it('publishes a partial despatch as one order event per package, each with its own lines, keyed by the order', async () => {
    const [a, b] = [unique('PVX-A'), unique('PVX-B')];
    const orderNo = unique('SO');
    await harness.admin('peoplevox/items', [
      { itemCode: a, name: 'Tee' },
      { itemCode: b, name: 'Scarf' },
    ]);
    await harness.admin('peoplevox/stock', { itemCode: a, onHand: 5 }, 'PUT');
    await harness.admin('peoplevox/stock', { itemCode: b, onHand: 5 }, 'PUT');
    await client.saveSalesOrders([
      {
        salesOrderNumber: orderNo,
        lines: [
          { line: 1, itemCode: a, quantityOrdered: 2, salePriceMinor: 500 },
          { line: 2, itemCode: b, quantityOrdered: 1, salePriceMinor: 700 },
        ],
      },
    ]);
    await harness.admin(`peoplevox/sales-orders/${orderNo}/despatches`, {
      despatchNumber: `${orderNo}-D1`,
      carrier: 'DPD',
      trackingNumber: 'TRK1',
      items: [{ itemCode: a, quantity: 2 }],
    });
    await harness.admin(`peoplevox/sales-orders/${orderNo}/despatches`, {
      despatchNumber: `${orderNo}-D2`,
      carrier: 'DPD',
      trackingNumber: 'TRK2',
      items: [{ itemCode: b, quantity: 1 }],
    });

    const packages = await harness.events(Topics.wmsOrderEventsV1, (e) => e.orderNo === orderNo, 2);
    expect(
      packages
        .map(({ key, value }) => [
          key,
          value.kind,
          value.despatchRef,
          value.lines,
          value.shipment?.trackingNumbers,
        ])
        .sort((x, y) => String(x[2]).localeCompare(String(y[2]))),
    ).toEqual([
      [
        orderNo,
        'DESPATCHED',
        `${orderNo}-D1`,
        [{ lineNo: 1, sku: a, quantity: 2, quantityScale: 0 }],
        ['TRK1'],
      ],
      [
        orderNo,
        'DESPATCHED',
        `${orderNo}-D2`,
        [{ lineNo: 2, sku: b, quantity: 1, quantityScale: 0 }],
        ['TRK2'],
      ],
    ]);
  });

  it('turns availability changes into stock snapshots keyed by SKU; duplicated and reordered callbacks yield one event each', async () => {
    const sku = unique('PVX-SNAP');
    await harness.admin('peoplevox/items', [{ itemCode: sku, name: 'Socks' }]);
    await harness.admin(
      'webhooks/faults/peoplevox',
      { duplicateRate: 1, outOfOrderRate: 0.5, maxDelayMs: 300 },
      'PUT',
    );
    try {
      for (const onHand of [4, 9, 6]) {
        await harness.admin(
          'peoplevox/stock',
          { itemCode: sku, site: 'PrimarySite', onHand },
          'PUT',
        );
      }
      await harness.admin('webhooks/idle', {});
    } finally {
      await harness.admin('webhooks/faults', undefined, 'DELETE');
    }
    const snapshots = await harness.events(
      Topics.wmsStockMovementsV1,
      (m) => m.sku === sku,
      99,
      5_000,
    );
    expect(snapshots.every(({ key, value }) => key === sku && value.kind === 'SNAPSHOT')).toBe(
      true,
    );
    // Three changes, each delivered twice and some out of order: three events, whatever the
    // arrival order; consumers order them by sourceSequence.
    expect(
      snapshots
        .map(({ value }) => [value.sourceSequence, value.levels?.onHand])
        .sort((x, y) => Number(x[0]) - Number(y[0]))
        .map(([, onHand]) => onHand),
    ).toEqual([4, 9, 6]);
    expect(snapshots[0]?.value.depot).toBe('WH-PVX');
  });

  it('rejects a callback for a site Parity has no depot for, keeps it, and raises LOCATION_UNMAPPED to the data team', async () => {
    const sku = unique('PVX-OUTLET');
    await harness.admin('peoplevox/items', [{ itemCode: sku, name: 'Hat' }]);
    await harness.admin('peoplevox/stock', { itemCode: sku, site: 'Outlet', onHand: 3 }, 'PUT');
    await harness.admin('webhooks/idle', {});
    const archived = await harness.archivedContaining('peoplevox', sku);
    expect(archived.map((a) => [a.outcome, a.error_code])).toEqual([
      ['REJECTED', 'PEOPLEVOX.LOCATION_UNMAPPED'],
    ]);
    const raised = await harness.events(
      exceptionTopicFor('DATA'),
      (e) => e.type === 'LOCATION_UNMAPPED' && e.summary.includes('Outlet'),
      1,
    );
    expect(raised[0]?.value).toMatchObject({ team: 'DATA', header: { source: 'PEOPLEVOX' } });
  });

  it('answers 401 to a callback with the wrong secret', async () => {
    const response = await fetch(
      `${edgeUrl}/hooks/peoplevox/${'w'.repeat(30)}/availability?ItemCode=X`,
    );
    expect(response.status).toBe(401);
  });
});
