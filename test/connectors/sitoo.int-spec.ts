import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectorError, SitooClient } from '@parity/connectors';
import { createSandbox, createSitooSimulator, type RunningSandbox } from '@parity/simulators';

/*
 * The Sitoo connector against the Sitoo simulator over real HTTP: auth, paging, the order poll,
 * returns, idempotent stock adjustment, and the Events SPI push with its head-of-line queue.
 * No stack needed: the sandbox runs in-process.
 */

const ACCOUNT = '90210';
const FAST = { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 5 };

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await createSandbox({
    seed: 7,
    simulators: [
      createSitooSimulator({
        accountId: ACCOUNT,
        apiId: 'api-parity',
        password: 's3cret',
        eventsRetry: { initialMs: 10, maxMs: 40, multiplier: 2, maxAttempts: 20 },
      }),
    ],
  }).listen(0);
});
afterAll(() => sandbox.close());
beforeEach(() => admin('POST', '/admin/reset', undefined));

function client(overrides: Partial<ConstructorParameters<typeof SitooClient>[0]> = {}) {
  return new SitooClient({
    baseUrl: `${sandbox.url}/sitoo`,
    accountId: ACCOUNT,
    siteId: 1,
    apiId: 'api-parity',
    password: 's3cret',
    requestsPerSecond: 1000,
    retry: FAST,
    ...overrides,
  });
}

async function admin<T = unknown>(method: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const sitoo = <T = unknown>(method: string, path: string, body?: unknown) =>
  admin<T>(method, `/admin/sitoo${path}`, body);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** A store with a warehouse, two products and stock; returns the warehouse id. */
async function seedStore(): Promise<number> {
  await sitoo('POST', '/products', [
    { sku: 'TEE-BLK-M', title: 'Tee black M', moneyprice: '100.00', vatvalue: 25 },
    { sku: 'CAP-RED', title: 'Cap red', moneyprice: '16.00', vatvalue: 25 },
  ]);
  const [warehouse] = await sitoo<{ warehouseid: number }[]>('POST', '/warehouses', [
    { name: 'Stockholm City', currencycode: 'SEK', timezone: 'Europe/Stockholm' },
  ]);
  await sitoo('PUT', '/stock', [
    { warehouseid: warehouse.warehouseid, sku: 'TEE-BLK-M', total: '10' },
    { warehouseid: warehouse.warehouseid, sku: 'CAP-RED', total: '5', reserved: '1' },
  ]);
  return warehouse.warehouseid;
}

interface RungUp {
  order: { orderid: number; orderitems: { orderitemid: number }[] };
  eventId: string;
}

const sell = (warehouseid: number, sku = 'TEE-BLK-M', quantity = 1) =>
  sitoo<RungUp>('POST', '/sales', { warehouseid, sold: [{ sku, quantity }] });

describe('Sitoo API access', () => {
  it('refuses wrong credentials with 401 in Sitoo error shape, not retried', async () => {
    await seedStore();
    const error = await collect(client({ password: 'wrong' }).products()).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ code: 'CONNECTOR.UNAUTHORIZED', status: 401, retriable: false });

    const anonymous = await fetch(
      `${sandbox.url}/sitoo/v2/accounts/${ACCOUNT}/sites/1/products.json`,
    );
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ statuscode: 401, errortext: 'Unauthorized' });
  });

  it('pages through {totalcount, items} with start and num', async () => {
    const products = Array.from({ length: 23 }, (_, i) => ({
      sku: `SKU-${String(i).padStart(2, '0')}`,
      moneyprice: '1.00',
      vatvalue: 25,
      ...(i > 0 && i < 3 ? { parentSku: 'SKU-00' } : {}),
    }));
    await sitoo('POST', '/products', products);

    const read = await collect(client({ pageSize: 10 }).products());

    expect(read.map((p) => p.sku)).toEqual(products.map((p) => p.sku));
    const parent = read[0];
    expect(parent.variantparentid).toBe(parent.productid);
    expect(read[1].variantparentid).toBe(parent.productid);
    expect(read[3].variantparentid).toBeNull();
  });

  it('retries reads answered 503 or 429 until they succeed', async () => {
    const warehouseid = await seedStore();
    await admin('POST', '/admin/faults', {
      vendor: 'sitoo',
      method: 'GET',
      path: 'warehouseitems',
      errorRate: 1,
      errorStatus: 503,
      times: 2,
    });
    await admin('POST', '/admin/faults', {
      vendor: 'sitoo',
      method: 'GET',
      path: 'warehouses\\.json',
      rateLimitRate: 1,
      retryAfterSeconds: 0,
      times: 1,
    });

    const warehouses = await collect(client().warehouses());
    const items = await collect(client().warehouseItems(warehouseid));

    expect(warehouses.map((w) => w.name)).toEqual(['Stockholm City']);
    expect(
      items.map((i) => [i.sku, i.decimaltotal, i.decimalreserved, i.decimalavailable]),
    ).toEqual([
      ['TEE-BLK-M', '10.000', '0.000', '10.000'],
      ['CAP-RED', '5.000', '1.000', '4.000'],
    ]);
    expect(await admin('GET', '/admin/faults', undefined)).toEqual([]);
  });
});

describe('Sitoo POS orders', () => {
  it('resumes the order poll after the last order id seen', async () => {
    const warehouseid = await seedStore();
    const first = [];
    for (let i = 0; i < 5; i++) first.push((await sell(warehouseid)).order.orderid);
    const poller = client({ pageSize: 2 });

    const seen = (await collect(poller.ordersAfter(0))).map((o) => o.orderid);
    const later = [
      (await sell(warehouseid)).order.orderid,
      (await sell(warehouseid)).order.orderid,
    ];
    const resumed = (await collect(poller.ordersAfter(seen[seen.length - 1]))).map(
      (o) => o.orderid,
    );

    expect(seen).toEqual(first);
    expect(resumed).toEqual(later);
    expect(later[0]).toBeGreaterThan(first[4]);
  });

  it('decrements the store warehouse on a sale and links a return to it', async () => {
    const warehouseid = await seedStore();
    const sale = await sitoo<RungUp>('POST', '/sales', {
      warehouseid,
      sold: [
        { sku: 'TEE-BLK-M', quantity: 2, rowdiscount: '50.00' },
        { sku: 'CAP-RED', quantity: 1 },
      ],
    });
    const teeLine = sale.order.orderitems[0].orderitemid;
    const refund = await sitoo<RungUp>('POST', '/returns', {
      warehouseid,
      returned: {
        originalOrderId: sale.order.orderid,
        lines: [{ orderitemid: teeLine, quantity: 1, reasoncode: 'DAMAGED' }],
        reasoncode: 'DAMAGED',
      },
    });

    const readSale = await client().order(sale.order.orderid);
    const readReturn = await client().order(refund.order.orderid);
    const stock = await collect(client().warehouseItems(warehouseid, ['TEE-BLK-M']));

    expect(readSale?.orderitems[0]).toMatchObject({
      quantity: 2,
      moneyoriginalprice: '100.00',
      moneynetpriceperunit: '80.00',
      moneydiscount: '20.00',
      moneyitemtotal_net: '160.00',
      moneyitemtotal_vat: '40.00',
    });
    expect(readSale?.moneytotal_gross_all).toBe('220.00');
    expect(readReturn).toMatchObject({
      creditorderid: sale.order.orderid,
      moneytotal_gross_all: '-100.00',
      additionaldata: {
        'pos-originalsales-orderid': String(sale.order.orderid),
        'refundreasoncode-reasoncode': 'DAMAGED',
        'pos-timezone': 'Europe/Stockholm',
      },
    });
    expect(readReturn?.orderitems).toEqual([
      expect.objectContaining({
        sku: 'TEE-BLK-M',
        quantity: -1,
        moneyitemtotal_net: '-80.00',
        moneyitemtotal_vat: '-20.00',
        additionaldata: expect.objectContaining({
          'pos-originalsales-orderitemid': String(teeLine),
        }),
      }),
    ]);
    expect(readReturn?.payments.map((p) => p.moneyamount)).toEqual(['-100.00']);
    expect(stock.map((i) => i.decimaltotal)).toEqual(['9.000']);
    expect(await client().order(999_999)).toBeUndefined();
  });
});

describe('Sitoo stock adjustment', () => {
  it('applies a set-available once even when the answer to the create is lost', async () => {
    const warehouseid = await seedStore();
    await sitoo('POST', '/lose-responses', { times: 1, path: 'warehousetransactions' });

    const first = await client().setAvailable(warehouseid, 'TEE-BLK-M', 4, 'ats-4711');
    const again = await client().setAvailable(warehouseid, 'TEE-BLK-M', 4, 'ats-4711');
    const adjustments = await sitoo<{ externalid: string; items: unknown[] }[]>(
      'GET',
      '/adjustments',
    );
    const [tee] = await collect(client().warehouseItems(warehouseid, ['TEE-BLK-M']));

    expect(adjustments).toEqual([
      expect.objectContaining({
        externalid: 'ats-4711',
        transactiontype: 20,
        items: [expect.objectContaining({ sku: 'TEE-BLK-M', decimalquantity: '-6.000' })],
      }),
    ]);
    expect(first.created).toBe(false); // the lost create was found, not repeated
    expect(again).toEqual(first);
    expect(tee.decimalavailable).toBe('4.000');
  });

  it('moves stock in when the target is above what is available', async () => {
    const warehouseid = await seedStore();
    const result = await client().setAvailable(warehouseid, 'CAP-RED', 7, 'ats-1');
    const [cap] = await collect(client().warehouseItems(warehouseid, ['CAP-RED']));
    expect(result.created).toBe(true);
    expect([cap.decimaltotal, cap.decimalavailable]).toEqual(['8.000', '7.000']);
  });

  it('is refused by Sitoo for a product it does not know, without a retry', async () => {
    const warehouseid = await seedStore();
    const error = await client()
      .setAvailable(warehouseid, 'NO-SUCH-SKU', 1, 'ats-2')
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'CONNECTOR.REJECTED', status: 400, retriable: false });
    expect(await sitoo('GET', '/adjustments')).toEqual([]);
  });
});

describe('Sitoo Events SPI push', () => {
  interface Received {
    eventIds: string[];
    orderIds: number[];
    authorization: string | undefined;
  }
  let receiver: Server;
  let received: Received[];
  let answer: (attempt: number) => number;

  beforeEach(async () => {
    received = [];
    answer = () => 200;
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const events = JSON.parse(body) as { event_id: string; data: { order_id: number } }[];
        received.push({
          eventIds: events.map((e) => e.event_id),
          orderIds: events.map((e) => e.data.order_id),
          authorization: req.headers.authorization,
        });
        res.writeHead(answer(received.length)).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterEach(() => new Promise((resolve) => receiver.close(resolve)));

  const target = () => ({
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/events`,
    auth: { username: 'sitoo-events', password: 'not-the-api-password' },
  });

  it('posts thin order events in chronological batches of at most ten', async () => {
    const warehouseid = await seedStore();
    const orderIds: number[] = [];
    for (let i = 0; i < 23; i++) orderIds.push((await sell(warehouseid)).order.orderid);

    await sitoo('PUT', '/events/target', target());
    const queue = await sitoo<{ counters: { eventsDelivered: number } }>('POST', '/events/idle');

    expect(received.map((batch) => batch.orderIds.length)).toEqual([10, 10, 3]);
    expect(received.flatMap((batch) => batch.orderIds)).toEqual(orderIds);
    expect(received[0].authorization).toBe(
      `Basic ${Buffer.from('sitoo-events:not-the-api-password').toString('base64')}`,
    );
    expect(queue.counters.eventsDelivered).toBe(23);
  });

  it('blocks every later event behind a batch the receiver has not acknowledged', async () => {
    const warehouseid = await seedStore();
    for (let i = 0; i < 12; i++) await sell(warehouseid);
    answer = (attempt) => (attempt === 1 ? 503 : attempt === 2 ? 429 : 200);

    await sitoo('PUT', '/events/target', target());
    const queue = await sitoo<{ counters: Record<string, number>; head: unknown }>(
      'POST',
      '/events/idle',
    );

    const [first, second, third, fourth] = received;
    expect(received).toHaveLength(4);
    expect(second.eventIds).toEqual(first.eventIds);
    expect(third.eventIds).toEqual(first.eventIds);
    expect(fourth.orderIds).toHaveLength(2);
    expect(first.eventIds).not.toEqual(expect.arrayContaining(fourth.eventIds));
    expect(queue.head).toBeNull();
    expect(queue.counters).toMatchObject({ attempts: 4, batchesDelivered: 2, eventsDelivered: 12 });
  });

  it('reports the queue as blocked while the head batch keeps failing', async () => {
    const warehouseid = await seedStore();
    await sell(warehouseid);
    answer = () => 503;
    await sitoo('PUT', '/events/target', target());
    while (received.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await sell(warehouseid);

    const blocked = await sitoo<{
      blockedSince: string | null;
      waitingEvents: number;
      pendingBatches: number;
    }>('GET', '/events/queue');
    expect(blocked.blockedSince).not.toBeNull();
    expect(blocked).toMatchObject({ waitingEvents: 1, pendingBatches: 2 });
    expect(new Set(received.map((batch) => batch.orderIds.join()))).toHaveProperty('size', 1);

    answer = () => 200;
    const drained = await sitoo<{ blockedSince: string | null; waitingEvents: number }>(
      'POST',
      '/events/idle',
    );
    expect(drained).toMatchObject({ blockedSince: null, waitingEvents: 0 });
  });

  it('drops a batch answered with a status Sitoo does not retry', async () => {
    const warehouseid = await seedStore();
    for (let i = 0; i < 11; i++) await sell(warehouseid);
    answer = (attempt) => (attempt === 1 ? 400 : 200);

    await sitoo('PUT', '/events/target', target());
    const queue = await sitoo<{ counters: Record<string, number> }>('POST', '/events/idle');

    expect(received.map((batch) => batch.orderIds.length)).toEqual([10, 1]);
    expect(queue.counters).toMatchObject({ batchesDropped: 1, batchesDelivered: 1 });
  });
});
