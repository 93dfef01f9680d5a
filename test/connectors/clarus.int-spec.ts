import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClarusClient, type ClarusClientOptions, ConnectorError } from '@parity/connectors';
import { createClarusSimulator, createSandbox, type RunningSandbox } from '@parity/simulators';

const login = {
  clientId: 'parity-client',
  clientSecret: 'parity-secret',
  username: 'parity-api',
  password: 'api-user-password',
  subdomain: 'acme',
};
const FAST_RETRY = { initialMs: 5, maxMs: 50, multiplier: 2, maxAttempts: 4 };
const HOUR_MS = 3_600_000;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('Clarus WMS connector against the sandbox', () => {
  let sandboxClock = Date.UTC(2026, 10, 20, 9, 0);
  let sandbox: RunningSandbox;
  let receiver: Server;
  let receiverUrl: string;
  const received: Received[] = [];

  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/admin${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`admin ${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  const counters = async () => (await admin('GET', '/clarus/counters')) as Record<string, number>;
  const client = (overrides: Partial<ClarusClientOptions> = {}) =>
    new ClarusClient({
      ...login,
      baseUrl: `${sandbox.url}/clarus`,
      requestsPerSecond: 1_000,
      burst: 1_000,
      retry: FAST_RETRY,
      ...overrides,
    });
  const token = async (subdomain = login.subdomain) => {
    const response = await fetch(`${sandbox.url}/clarus/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: login.clientId,
        client_secret: login.clientSecret,
        username: login.username,
        password: login.password,
      }),
    });
    const body = (await response.json()) as { access_token: string };
    return { authorization: `Bearer ${body.access_token}`, 'x-clarus-subdomain': subdomain };
  };
  const seedProduct = (sku: string, onHand: number) =>
    admin('POST', '/clarus/products', {
      sku: `CL-${sku}`,
      name: sku,
      external_system_reference1: sku,
    }).then(() =>
      admin('PUT', '/clarus/stock', { product: sku, warehouse: 'MAIN', on_hand: onHand }),
    );
  const salesOrder = (reference: string, lines: [string, number][]) => ({
    reference,
    warehouse: 'MAIN',
    delivery_address: {
      name: 'Ada Lovelace',
      line1: '1 Analytical Row',
      city: 'London',
      postcode: 'N1 9GU',
      country: 'GB',
    },
    string1: 'DAP',
    lines: lines.map(([sku, quantity], index) => ({
      line_number: index + 1,
      external_system_reference1: sku,
      quantity,
    })),
  });

  beforeAll(async () => {
    sandbox = await createSandbox({
      seed: 7,
      now: () => new Date(sandboxClock),
      simulators: [
        createClarusSimulator({
          clientId: login.clientId,
          clientSecret: login.clientSecret,
          apiUser: { username: login.username, password: login.password },
          subdomain: login.subdomain,
          automationIds: { 'sales-order-completed': 'automation-17' },
          integrationId: 'parity-integration',
          utcOffset: '+01:00',
        }),
      ],
    }).listen(0);
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/clarus/s3cret`;
  });

  afterAll(async () => {
    await sandbox.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  beforeEach(async () => {
    await admin('POST', '/reset');
    received.length = 0;
  });

  describe('authentication', () => {
    it('answers only a live bearer with the right X-Clarus-Subdomain', async () => {
      const url = `${sandbox.url}/clarus/api/products`;
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: await token('other-tenant') })).status).toBe(403);
      const { 'x-clarus-subdomain': _, ...bearerOnly } = await token();
      expect((await fetch(url, { headers: bearerOnly })).status).toBe(400);
      expect((await fetch(url, { headers: await token() })).status).toBe(200);
    });

    it('refuses the client credentials grant and wrong API user passwords', async () => {
      const response = await fetch(`${sandbox.url}/clarus/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: login.clientId,
          client_secret: login.clientSecret,
        }),
      });
      expect(response.status).toBe(400);
      await expect(client({ password: 'wrong' }).stockLevels()).rejects.toMatchObject({
        code: 'CONNECTOR.REJECTED',
        status: 400,
      });
    });

    it('logs in again once after the server expired its token, however many calls are waiting', async () => {
      await seedProduct('TEE-NVY-M', 5);
      const clarus = client();
      await clarus.stockLevels();
      sandboxClock += 2 * HOUR_MS; // the client's own clock still thinks the token is fresh
      const results = await Promise.all([1, 2, 3, 4].map(() => clarus.stockLevels()));
      expect(results.map((levels) => levels[0]?.on_hand)).toEqual([5, 5, 5, 5]);
      expect((await counters()).tokensIssued).toBe(2);
    });

    it('recovers when a UI login with the API user ended the session', async () => {
      const clarus = client();
      await clarus.stockLevels();
      await admin('POST', '/clarus/sessions/end');
      await expect(clarus.stockLevels()).resolves.toEqual([]);
      expect((await counters()).tokensIssued).toBe(2);
    });
  });

  describe('idempotent creation when the answer is lost', () => {
    const loseNext = (path: string) => admin('PUT', '/clarus/lost-responses', { path, times: 1 });

    it('makes one product, found again by external_system_reference1, and updates it', async () => {
      const clarus = client();
      await loseNext('^/api/products$');
      const product = await clarus.upsertProduct({
        sku: 'CL-TEE',
        name: 'Tee',
        external_system_reference1: 'TEE-NVY-M',
      });
      const renamed = await clarus.upsertProduct({
        sku: 'CL-TEE',
        name: 'Organic tee',
        external_system_reference1: 'TEE-NVY-M',
      });
      const products = (await admin('GET', '/clarus/products')) as { id: number; name: string }[];
      expect(products).toEqual([expect.objectContaining({ id: product.id, name: 'Organic tee' })]);
      expect(renamed).toMatchObject({ id: product.id, name: 'Organic tee', version: 2 });
      expect(await counters()).toMatchObject({ responsesLost: 1, productsCreated: 1 });
    });

    it('makes one goods-in receipt per PO, every line in the priority-0 storage unit', async () => {
      await seedProduct('TEE-NVY-M', 0);
      await loseNext('^/api/goods-in-receipts$');
      const input = {
        reference: 'PO-7781',
        expected_date: '2026-11-24',
        warehouse: 'MAIN',
        lines: [{ line_number: 1, external_system_reference1: 'TEE-NVY-M', quantity: 120 }],
      };
      const receipt = await client().createGoodsInReceipt(input);
      expect(await client().createGoodsInReceipt(input)).toMatchObject({ id: receipt.id });
      const stored = (await admin('GET', '/clarus/goods-in-receipts')) as {
        reference: string;
        lines: { storage_unit_id: number; expected_quantity: number }[];
      }[];
      expect(stored).toHaveLength(1);
      const units = (await (
        await fetch(
          `${sandbox.url}/clarus/api/products/${receipt.lines[0]?.product.id}/storage-units`,
          {
            headers: await token(),
          },
        )
      ).json()) as { data: { id: number; priority: number }[] };
      const priorityZero = units.data.find((unit) => unit.priority === 0);
      expect(stored[0]).toMatchObject({ reference: 'PO-7781' });
      expect(stored[0]?.lines).toEqual([
        expect.objectContaining({ storage_unit_id: priorityZero?.id, expected_quantity: 120 }),
      ]);
      expect(await counters()).toMatchObject({ responsesLost: 1, receiptsCreated: 1 });
    });

    it('makes one sales order per reference, with its address and reference fields', async () => {
      await seedProduct('TEE-NVY-M', 10);
      await loseNext('^/api/sales-orders$');
      const order = await client().createSalesOrder(salesOrder('SO-100234', [['TEE-NVY-M', 2]]));
      const orders = (await admin('GET', '/clarus/sales-orders')) as Record<string, unknown>[];
      expect(orders).toEqual([
        expect.objectContaining({
          id: order.id,
          reference: 'SO-100234',
          string1: 'DAP',
          delivery_address: expect.objectContaining({ country: 'GB' }),
        }),
      ]);
      expect(await counters()).toMatchObject({ responsesLost: 1, salesOrdersCreated: 1 });
    });

    it('is refused, for good, an address country that is not ISO alpha-2', async () => {
      await seedProduct('TEE-NVY-M', 10);
      const order = salesOrder('SO-1', [['TEE-NVY-M', 1]]);
      const error = (await client()
        .createSalesOrder({
          ...order,
          delivery_address: { ...order.delivery_address, country: 'UK' },
        })
        .catch((e: unknown) => e)) as ConnectorError;
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toMatchObject({ code: 'CONNECTOR.REJECTED', status: 422, retriable: false });
      expect(JSON.parse(error.responseBody ?? '{}')).toMatchObject({
        errors: { 'delivery_address.country': [expect.stringContaining('ISO 3166-1')] },
      });
    });
  });

  describe('GraphQL stock reads', () => {
    it('reports on hand, allocated, on hold and available as seeded and moved', async () => {
      await seedProduct('TEE-NVY-M', 40);
      await seedProduct('TEE-NVY-L', 10);
      await admin('POST', '/clarus/stock/adjustments', {
        product: 'TEE-NVY-M',
        warehouse: 'MAIN',
        quantity: -3,
        reason: 'DAMAGED',
      });
      await admin('POST', '/clarus/stock/holds', {
        product: 'TEE-NVY-M',
        warehouse: 'MAIN',
        quantity: 5,
        reason: 'QC',
      });
      const clarus = client({ stockBatchSize: 1 });
      await clarus.createSalesOrder(salesOrder('SO-2', [['TEE-NVY-M', 2]]));

      const levels = await clarus.stockLevels({ productRefs: ['TEE-NVY-M', 'TEE-NVY-L'] });

      expect(levels).toEqual([
        expect.objectContaining({
          product: expect.objectContaining({ external_system_reference1: 'TEE-NVY-M' }),
          warehouse: 'MAIN',
          on_hand: 37,
          allocated: 2,
          on_hold: 5,
          available: 30,
        }),
        expect.objectContaining({ on_hand: 10, allocated: 0, on_hold: 0, available: 10 }),
      ]);
      expect((await counters()).graphqlQueries).toBe(2); // one query per batch of one SKU
    });

    it('reads an order back with its dispatch', async () => {
      await seedProduct('TEE-NVY-M', 4);
      const clarus = client();
      await clarus.createSalesOrder(salesOrder('SO-3', [['TEE-NVY-M', 3]]));
      await admin('POST', '/clarus/sales-orders/SO-3/dispatch', {
        carrier: 'DPD',
        tracking_numbers: ['15501234567890'],
      });
      expect(await clarus.salesOrder('SO-3')).toMatchObject({
        status: 'dispatched',
        carrier: 'DPD',
        tracking_numbers: ['15501234567890'],
        lines: [{ line_number: 1, picked_quantity: 3, dispatched_quantity: 3 }],
      });
      expect(await clarus.salesOrder('SO-404')).toBeUndefined();
      expect((await clarus.stockLevels())[0]).toMatchObject({ on_hand: 1, allocated: 0 });
    });

    it('retries reads answered 5xx or 429', async () => {
      await seedProduct('TEE-NVY-M', 7);
      await admin('POST', '/faults', {
        vendor: 'clarus',
        path: '^/graphql',
        errorRate: 1,
        times: 1,
      });
      await admin('POST', '/faults', {
        vendor: 'clarus',
        path: '^/graphql',
        rateLimitRate: 1,
        retryAfterSeconds: 0,
        times: 1,
      });
      await admin('POST', '/faults', {
        vendor: 'clarus',
        path: '^/api/products',
        method: 'GET',
        errorStatus: 502,
        errorRate: 1,
        times: 2,
      });
      const clarus = client();
      await expect(clarus.stockLevels()).resolves.toEqual([
        expect.objectContaining({ on_hand: 7 }),
      ]);
      await expect(
        clarus.upsertProduct({
          sku: 'CL-TEE-NVY-M',
          name: 'TEE-NVY-M',
          external_system_reference1: 'TEE-NVY-M',
        }),
      ).resolves.toMatchObject({ external_system_reference1: 'TEE-NVY-M' });
      expect(await admin('GET', '/faults')).toEqual([]);
    });

    it('treats GraphQL errors in a 200 as permanent', async () => {
      const tooMany = Array.from({ length: 101 }, (_, i) => `SKU-${i}`);
      await expect(
        client({ stockBatchSize: 200 }).stockLevels({ productRefs: tooMany }),
      ).rejects.toMatchObject({ code: 'CONNECTOR.REJECTED', retriable: false, status: 200 });
    });
  });

  describe('webhooks', () => {
    const deliveries = async () => {
      await admin('POST', '/webhooks/idle');
      return received.map((delivery) => ({
        ...delivery,
        json: JSON.parse(delivery.body) as unknown,
      }));
    };

    beforeEach(() => admin('PUT', '/clarus/webhook', { url: receiverUrl }));

    it('posts a dispatched order in full, with the X-ClarusWMS-* headers', async () => {
      await seedProduct('TEE-NVY-M', 10);
      await client().createSalesOrder(salesOrder('SO-100234', [['TEE-NVY-M', 2]]));
      sandboxClock = Date.UTC(2026, 10, 20, 10, 30);
      await admin('POST', '/clarus/sales-orders/SO-100234/dispatch', {
        carrier: 'DPD',
        service: 'NEXTDAY',
        tracking_numbers: ['15501234567890'],
      });

      const [delivery, ...others] = await deliveries();
      expect(others).toEqual([]);
      expect(delivery?.path).toBe('/hooks/clarus/s3cret/sales-order-completed');
      expect(delivery?.headers).toMatchObject({
        'x-claruswms-domain': 'acme.claruswms.co.uk',
        'x-claruswms-api-domain': 'clarus-api.com',
        'x-claruswms-subdomain': 'acme',
        'x-claruswms-automation-id': 'automation-17',
        'x-claruswms-integration-id': 'parity-integration',
      });
      expect(delivery?.json).toMatchObject({
        reference: 'SO-100234',
        status: 'dispatched',
        dispatched_at: '2026-11-20T11:30:00+01:00',
        carrier: 'DPD',
        tracking_numbers: ['15501234567890'],
        delivery_address: { country: 'GB' },
        lines: [
          {
            line_number: 1,
            product: { external_system_reference1: 'TEE-NVY-M' },
            picked_quantity: 2,
            dispatched_quantity: 2,
          },
        ],
      });
    });

    it('posts a completed goods-in, also against a PO Parity never sent', async () => {
      await seedProduct('TEE-NVY-M', 0);
      await admin('POST', '/clarus/goods-in/PO-UNKNOWN/complete', {
        warehouse: 'MAIN',
        lines: [{ product: 'TEE-NVY-M', received_quantity: 12, on_hold_quantity: 2 }],
      });
      const [delivery] = await deliveries();
      expect(delivery?.path).toMatch(/\/goods-in-completed$/);
      expect(delivery?.json).toMatchObject({
        reference: 'PO-UNKNOWN',
        status: 'completed',
        expected_date: null,
        lines: [{ received_quantity: 12, on_hold_quantity: 2, expected_quantity: 0 }],
      });
      expect((await client().stockLevels())[0]).toMatchObject({ on_hand: 12, on_hold: 2 });
    });

    it('posts adjustments and holds with their reasons and movement ids', async () => {
      await seedProduct('TEE-NVY-M', 10);
      await admin('POST', '/clarus/stock/adjustments', {
        product: 'TEE-NVY-M',
        warehouse: 'MAIN',
        quantity: 4,
        reason: 'FOUND',
      });
      const hold = (await admin('POST', '/clarus/stock/holds', {
        product: 'TEE-NVY-M',
        warehouse: 'MAIN',
        quantity: 3,
        reason: 'QC',
      })) as { id: number };
      await admin('POST', `/clarus/stock/holds/${hold.id}/release`, {});

      const all = await deliveries();
      expect(all.map((d) => d.path.split('/').pop())).toEqual([
        'stock-adjustment-positive',
        'stock-placed-on-hold',
        'stock-taken-off-hold',
      ]);
      const [adjustment, placed, released] = all.map((d) => d.json) as {
        movement_id?: number;
        movements?: { movement_id: number; status: string; quantity: number }[];
      }[];
      expect(adjustment).toMatchObject({ direction: 'positive', quantity: 4, reason: 'FOUND' });
      expect(placed?.movements?.map((m) => [m.status, m.quantity])).toEqual([
        ['available', -3],
        ['on_hold', 3],
      ]);
      expect(released?.movements?.map((m) => [m.status, m.quantity])).toEqual([
        ['on_hold', -3],
        ['available', 3],
      ]);
      const movementIds = [
        adjustment?.movement_id,
        ...(placed?.movements ?? []).map((m) => m.movement_id),
        ...(released?.movements ?? []).map((m) => m.movement_id),
      ] as number[];
      expect([...movementIds].sort((a, b) => a - b)).toEqual(movementIds);
      expect(new Set(movementIds).size).toBe(5);
    });

    it('delivers the same call twice under the duplicate fault', async () => {
      await seedProduct('TEE-NVY-M', 10);
      await admin('PUT', '/webhooks/faults/clarus', { duplicateRate: 1 });
      await admin('POST', '/clarus/stock/adjustments', {
        product: 'TEE-NVY-M',
        warehouse: 'MAIN',
        quantity: -1,
        reason: 'BROKEN',
      });
      const [first, second, ...rest] = await deliveries();
      expect(rest).toEqual([]);
      expect(first?.path).toMatch(/\/stock-adjustment-negative$/);
      expect(second).toEqual(first);
    });
  });
});
