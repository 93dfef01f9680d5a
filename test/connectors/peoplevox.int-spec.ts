import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectorError } from '@parity/connectors';
import {
  PeoplevoxClient,
  peoplevoxCallbackTemplate,
  pvxEquals,
  PvxTemplates,
  type PeoplevoxCallbackEvent,
} from '@parity/connectors';
import {
  createPeoplevoxSimulator,
  createSandbox,
  type RunningSandbox,
  type Sandbox,
} from '@parity/simulators';

const credentials = { clientId: 'ACME', username: 'parity', password: 'pä55, "word"' };

/** A stand-in for edge: records every callback's path and raw query string. */
class CallbackReceiver {
  readonly received: { path: string; query: string }[] = [];
  private readonly server: Server = createServer((req, res) => {
    const [path = '', query = ''] = (req.url ?? '').split('?');
    this.received.push({ path, query });
    res.writeHead(200).end();
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/peoplevox/s3cret`;
  }

  on(path: string): string[] {
    return this.received.filter((r) => r.path.endsWith(`/${path}`)).map((r) => r.query);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('Peoplevox connector against the simulated WMS', () => {
  let sandbox: Sandbox;
  let running: RunningSandbox;
  let receiver: CallbackReceiver;
  let hooksUrl: string;
  let client: PeoplevoxClient;

  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${running.url}/admin${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  const counters = async () =>
    (await admin('GET', '/peoplevox/counters')) as Record<string, number>;
  const newClient = (password = credentials.password) =>
    new PeoplevoxClient({
      baseUrl: `${running.url}/peoplevox`,
      ...credentials,
      password,
      callsPerSecond: 1_000,
      retry: { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 4 },
    });
  const subscribe = (event: PeoplevoxCallbackEvent) =>
    client.subscribe(event, peoplevoxCallbackTemplate(hooksUrl, event));
  /** The callbacks received on a path, their placeholders substituted. */
  const callbacks = async (path: string) => {
    await sandbox.context.webhooks.idle();
    return receiver.on(path).map((query) => new URLSearchParams(query));
  };

  beforeAll(async () => {
    sandbox = createSandbox({
      seed: 11,
      simulators: [createPeoplevoxSimulator({ ...credentials, sites: ['PrimarySite', 'Outlet'] })],
    });
    running = await sandbox.listen(0);
    receiver = new CallbackReceiver();
    hooksUrl = await receiver.start();
  });
  afterAll(async () => {
    await sandbox.context.webhooks.idle();
    await receiver.close();
    await running.close();
  });
  beforeEach(() => {
    sandbox.reset();
    receiver.received.length = 0;
    client = newClient();
  });

  it('authenticates once, and renews the session once the service has expired it', async () => {
    await client.saveItemTypes([{ itemCode: 'TEE-1', name: 'Tee' }]);
    await client.getPage(PvxTemplates.itemTypes, 1, 10);
    expect((await counters())['Authenticate']).toBe(1);

    await admin('POST', '/peoplevox/sessions/expire');
    const page = await client.getPage(PvxTemplates.itemTypes, 1, 10);

    expect(page.rows.map((row) => row.itemCode)).toEqual(['TEE-1']);
    expect((await counters())['Authenticate']).toBe(2);
  });

  it('refuses a wrong password as UNAUTHORIZED, without retrying', async () => {
    const error = await newClient('wrong')
      .getPage(PvxTemplates.itemTypes, 1, 10)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ code: 'CONNECTOR.UNAUTHORIZED', retriable: false });
    expect((await counters())['Authenticate']).toBe(1);
  });

  it('pages through GetData and reads quoted CSV fields back intact', async () => {
    const names = ['Tee, red', 'Say "hi"', 'Two\r\nlines', 'Plain', 'Last, "one"'];
    await client.saveItemTypes(
      names.map((name, i) => ({ itemCode: `SKU-${i}`, name, retailPriceMinor: 115 + i })),
    );

    const rows = [];
    for await (const row of client.getAll(PvxTemplates.itemTypes, 2)) rows.push(row);

    expect(rows.map((row) => row.name)).toEqual(names);
    expect(rows.map((row) => row.retailPriceMinor)).toEqual([115, 116, 117, 118, 119]);
    expect((await counters())['GetData']).toBe(3);
    const page = await client.getPage(PvxTemplates.itemTypes, 3, 2);
    expect(page).toMatchObject({ totalCount: 5, rows: [{ itemCode: 'SKU-4' }] });
  });

  it("reads an item's or a site's inventory summary through a search clause", async () => {
    await client.saveItemTypes([
      { itemCode: 'TEE-1', name: 'Tee' },
      { itemCode: 'SAY-"HI"', name: 'Quoted' },
    ]);
    await admin('PUT', '/peoplevox/stock', { itemCode: 'TEE-1', site: 'Outlet', onHand: 4 });
    await admin('PUT', '/peoplevox/stock', { itemCode: 'SAY-"HI"', site: 'Outlet', onHand: 2 });
    const read = async (clause: string) => {
      const rows = [];
      for await (const row of client.getAll(PvxTemplates.inventory, 100, clause)) rows.push(row);
      return rows.map((r) => `${r.itemCode}@${r.siteReference}:${r.onHand}/${r.allocated}`);
    };

    expect(await read(pvxEquals('ItemCode', 'SAY-"HI"'))).toEqual([
      'SAY-"HI"@PrimarySite:0/0',
      'SAY-"HI"@Outlet:2/0',
    ]);
    expect(await read(pvxEquals('SiteReference', 'Outlet'))).toEqual([
      'TEE-1@Outlet:4/0',
      'SAY-"HI"@Outlet:2/0',
    ]);
  });

  it('upserts item types and sales orders by key, and returns the rows it refused', async () => {
    await client.saveItemTypes([{ itemCode: 'TEE-1', name: 'Tee' }]);
    await client.saveItemTypes([
      { itemCode: 'TEE-1', name: 'Tee, renamed', retailPriceMinor: 1999 },
    ]);
    const items = (await admin('GET', '/peoplevox/items?origin=api')) as {
      itemCode: string;
      name: string;
      retailPrice: string;
    }[];
    expect(items).toEqual([
      expect.objectContaining({ itemCode: 'TEE-1', name: 'Tee, renamed', retailPrice: '19.99' }),
    ]);

    const line = { line: 1, itemCode: 'TEE-1', quantityOrdered: 1, salePriceMinor: 1999 };
    const result = await client.saveSalesOrders([
      { salesOrderNumber: 'SO-1', customer: 'Ann', lines: [line] },
      { salesOrderNumber: 'SO-2', lines: [line, { ...line, line: 2, itemCode: 'NOPE' }] },
    ]);
    // Headers and lines are two templates: both headers are taken, SO-2's lines are refused.
    expect(result.headers).toEqual({ saved: 2, rowErrors: [] });
    expect(result.lines.saved).toBe(1);
    expect(result.lines.rowErrors).toEqual([
      { rowNumber: 2, key: 'SO-2', message: 'Another row of SO-2 was rejected' },
      { rowNumber: 3, key: 'SO-2', message: 'Item code NOPE does not exist' },
    ]);

    await client.saveSalesOrders([
      { salesOrderNumber: 'SO-1', lines: [{ ...line, quantityOrdered: 3 }] },
    ]);
    const orders = (await admin('GET', '/peoplevox/sales-orders')) as {
      salesOrderNumber: string;
      lines: { quantityOrdered: number }[];
    }[];
    expect(orders.map((order) => order.salesOrderNumber)).toEqual(['SO-1', 'SO-2']);
    expect(orders[0]).toMatchObject({ lines: [{ quantityOrdered: 3 }] });
    expect(orders[1]?.lines).toEqual([]);
  });

  it('saves orders through the real Sales order and Sales order item templates, and cancels by Status', async () => {
    await client.saveItemTypes([{ itemCode: 'TEE-1', name: 'Tee' }]);
    const saved = await client.saveSalesOrders([
      {
        salesOrderNumber: 'SO-7',
        contactName: 'Ada, "Countess" Lovelace',
        shippingAddress: {
          line1: '1 Analytical Row',
          city: 'London',
          region: 'Greater London',
          postcode: 'N1 9GU',
          country: 'GB',
        },
        requestedDeliveryDate: '2026-11-24',
        serviceType: 'NEXTDAY',
        lines: [{ line: 1, itemCode: 'TEE-1', quantityOrdered: 2 }],
      },
    ]);
    expect(saved.lines).toEqual({ saved: 1, rowErrors: [] });
    const order = (await admin('GET', '/peoplevox/sales-orders/SO-7')) as {
      fields: Record<string, string>;
      status: string;
    };
    expect(order.fields).toMatchObject({
      ContactName: 'Ada, "Countess" Lovelace',
      ShippingAddressRegion: 'Greater London',
      RequestedDeliveryDate: '24/11/2026',
      ServiceType: 'NEXTDAY',
    });

    expect(await client.cancelSalesOrders(['SO-7', 'SO-404'])).toEqual({
      saved: 1,
      rowErrors: [{ rowNumber: 2, key: 'SO-404', message: 'Sales order SO-404 does not exist' }],
    });
    expect(await admin('GET', '/peoplevox/sales-orders/SO-7')).toMatchObject({
      status: 'Cancelled',
    });
  });

  it('calls back with placeholders substituted and encoded, with the site and history id edge needs', async () => {
    await admin('POST', '/peoplevox/items', [{ itemCode: 'TEE & CO,1', name: 'Tee' }]);
    await subscribe('AvailabilityChanges');
    expect(await admin('GET', '/peoplevox/subscriptions')).toEqual([
      expect.objectContaining({ eventType: 'AvailabilityChanges', encodeParameterData: true }),
    ]);

    await admin('PUT', '/peoplevox/stock', {
      itemCode: 'TEE & CO,1',
      site: 'PrimarySite',
      onHand: 7,
    });

    await sandbox.context.webhooks.idle();
    const [query] = receiver.on('availability');
    expect(query).toContain(
      'ItemCode=TEE%20%26%20CO%2C1&Available=7&OnHand=7&Allocated=0&SiteReference=PrimarySite',
    );
    expect(new URLSearchParams(query).get('HistoryId')).toMatch(/^\d+$/);
  });

  it('reports a partial despatch as two package events, each with only its own lines', async () => {
    await admin('POST', '/peoplevox/items', [
      { itemCode: 'A', name: 'A' },
      { itemCode: 'B', name: 'B' },
    ]);
    await admin('PUT', '/peoplevox/stock', { itemCode: 'A', onHand: 5 });
    await admin('PUT', '/peoplevox/stock', { itemCode: 'B', onHand: 5 });
    await client.saveSalesOrders([
      {
        salesOrderNumber: 'SO-9',
        lines: [
          { line: 1, itemCode: 'A', quantityOrdered: 2, salePriceMinor: 500 },
          { line: 2, itemCode: 'B', quantityOrdered: 1, salePriceMinor: 700 },
        ],
      },
    ]);
    await subscribe('DespatchPackageDespatched');
    await admin('POST', '/peoplevox/sales-orders/SO-9/despatches', {
      despatchNumber: 'D1',
      carrier: 'DPD',
      serviceType: 'NEXTDAY',
      trackingNumber: 'TRK1',
      items: [{ itemCode: 'A', quantity: 2 }],
    });
    await admin('POST', '/peoplevox/sales-orders/SO-9/despatches', {
      despatchNumber: 'D2',
      carrier: 'DPD',
      trackingNumber: 'TRK2',
      items: [{ itemCode: 'B', quantity: 1 }],
    });

    const packages = (await callbacks('package-despatched')).map((query) => [
      query.get('DespatchNumber'),
      query.get('Items.ItemCode'),
      query.get('Items.Quantity'),
      query.get('TrackingNumber'),
    ]);
    expect(packages).toEqual([
      ['D1', 'A', '2', 'TRK1'],
      ['D2', 'B', '1', 'TRK2'],
    ]);
    const despatches = [];
    for await (const row of client.getAll(PvxTemplates.despatches)) despatches.push(row);
    expect(
      despatches.map((d) => [d.despatchNumber, d.itemCode, d.quantity, d.trackingNumber]),
    ).toEqual([
      ['D1', 'A', 2, 'TRK1'],
      ['D2', 'B', 1, 'TRK2'],
    ]);
    const stock = (
      await client.getPage(PvxTemplates.inventory, 1, 10, 'SiteReference.Equals("PrimarySite")')
    ).rows;
    expect(stock.map((s) => [s.itemCode, s.onHand, s.allocated, s.available])).toEqual([
      ['A', 3, 0, 3],
      ['B', 4, 0, 4],
    ]);
  });

  it('retries reads through 5xx answers, dropped connections and a busy service', async () => {
    await client.saveItemTypes([{ itemCode: 'TEE-1', name: 'Tee' }]);
    await admin('POST', '/faults', {
      vendor: 'peoplevox',
      errorRate: 1,
      errorStatus: 503,
      times: 2,
    });
    expect((await client.getPage(PvxTemplates.itemTypes, 1, 10)).rows).toHaveLength(1);

    await admin('POST', '/faults', { vendor: 'peoplevox', resetRate: 1, times: 1 });
    expect((await client.getPage(PvxTemplates.itemTypes, 1, 10)).rows).toHaveLength(1);

    await admin('POST', '/peoplevox/busy', { times: 1 });
    expect((await client.getPage(PvxTemplates.itemTypes, 1, 10)).rows).toHaveLength(1);
    expect((await counters())['GetData']).toBe(4);
  });

  it('never repeats a subscription the service may have made', async () => {
    await client.getPage(PvxTemplates.itemTypes, 1, 1);
    await admin('POST', '/faults', {
      vendor: 'peoplevox',
      errorRate: 1,
      errorStatus: 503,
      times: 1,
    });
    await expect(subscribe('GoodsReceived')).rejects.toMatchObject({
      code: 'CONNECTOR.SERVER_ERROR',
    });
    expect(await admin('GET', '/peoplevox/subscriptions')).toEqual([]);
  });
});
