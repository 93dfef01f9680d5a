import { ConnectorError } from '@parity/connectors';
import type { RetryPolicy } from '@parity/resilience';
import {
  createPrimaSimulator,
  createSandbox,
  type PrimaSimulatorOptions,
  type RunningSandbox,
} from '@parity/simulators';
import {
  PrimaRestClient,
  type NewPrimaSalesOrder,
  type PrimaRestClientOptions,
} from '@parity/connectors';

// Contract tests: the Prima connector against the Prima simulator over real HTTP, in-process.

const CREDENTIALS = { clientId: 'parity', clientSecret: 'prima-secret', companyId: 'ACME' };
const FAST: RetryPolicy = { initialMs: 10, maxMs: 100, multiplier: 2, maxAttempts: 5 };
const START = Date.parse('2026-11-20T09:00:00.000Z');

let running: RunningSandbox | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A sandbox with Prima alone; `clock` ticks a second each time Prima reads it unless frozen. */
async function startPrima(options: Partial<PrimaSimulatorOptions> = {}, frozenClock = false) {
  let clock = START;
  const sandbox = createSandbox({
    simulators: [createPrimaSimulator({ ...CREDENTIALS, ...options })],
    now: () => new Date(frozenClock ? clock : (clock += 1000)),
  });
  running = await sandbox.listen(0);
  const url = running.url;
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}/admin${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`admin ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : ((await response.json()) as unknown);
  };
  const client = (overrides: Partial<PrimaRestClientOptions> = {}) =>
    new PrimaRestClient({
      baseUrl: `${url}/prima`,
      ...CREDENTIALS,
      retry: FAST,
      createRetry: FAST,
      ...overrides,
    });
  return { url, admin, client };
}

type Admin = Awaited<ReturnType<typeof startPrima>>['admin'];

function item(itemCode: string, productStatus = 'FULL') {
  return {
    itemCode,
    description: `Item ${itemCode}`,
    productStatus,
    vatCode: 'S20',
    sellPrice: { net: '20.83', gross: '25.00', currency: 'GBP' },
  };
}

async function seedBasics(admin: Admin) {
  await admin('POST', '/prima/depots', [
    { depotCode: 'LON1', name: 'London DC', type: 'WAREHOUSE' },
    { depotCode: 'MAN1', name: 'Manchester store', type: 'STORE' },
  ]);
  await admin('POST', '/prima/customers', [
    { accountCode: 'WEB-CASH', creditLimit: '100000.00' },
    { accountCode: 'TILL', creditLimit: '0.00' },
  ]);
  await admin('POST', '/prima/items', [item('TEE-NVY-M'), item('GIFTWRAP', 'NON_STOCK')]);
  await admin('POST', '/prima/stock', [
    { itemCode: 'TEE-NVY-M', depotCode: 'LON1', quantityOnHand: 10 },
    { itemCode: 'TEE-NVY-M', depotCode: 'MAN1', quantityOnHand: 5 },
  ]);
}

function webOrder(customerReference: string): NewPrimaSalesOrder {
  return {
    orderSource: 'WEB',
    customerAccountCode: 'WEB-CASH',
    customerReference,
    depotCode: 'LON1',
    currency: 'GBP',
    lines: [
      {
        itemCode: 'TEE-NVY-M',
        quantityOrdered: 3,
        unitNetPriceMinor: 1999,
        discountBasisPoints: 1000,
        vatCode: 'S20',
      },
    ],
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of iterable) all.push(value);
  return all;
}

describe('Prima connector against the Prima simulator', () => {
  it('refuses calls without a live bearer token and the company header, as problem+json', async () => {
    const { url, admin, client } = await startPrima();
    const bare = await fetch(`${url}/prima/api/v1/items`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get('content-type')).toContain('application/problem+json');
    expect(await bare.json()).toMatchObject({ status: 401, title: 'Unauthorized' });

    const tokenResponse = await fetch(`${url}/prima/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        ...{ client_id: 'parity', client_secret: 'prima-secret' },
      }),
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const withCompany = (company?: string) =>
      fetch(`${url}/prima/api/v1/items`, {
        headers: {
          authorization: `Bearer ${token}`,
          ...(company ? { 'x-prima-company': company } : {}),
        },
      });
    expect((await withCompany()).status).toBe(401);
    expect((await withCompany('OTHER')).status).toBe(401);
    expect((await withCompany('ACME')).status).toBe(200);

    const wrongSecret = client({ clientSecret: 'nope' });
    await expect(collect(wrongSecret.itemsModifiedSince(new Date(0)))).rejects.toMatchObject({
      code: 'CONNECTOR.UNAUTHORIZED',
      retriable: false,
    });

    await seedBasics(admin);
    const prima = client();
    const before = (await admin('GET', '/prima/counters')) as { tokensIssued: number };
    await Promise.all(Array.from({ length: 5 }, () => prima.salesOrder('SO-NONE')));
    await admin('POST', '/prima/tokens/revoke');
    expect(await prima.salesOrder('SO-NONE')).toBeUndefined();
    const after = (await admin('GET', '/prima/counters')) as { tokensIssued: number };
    // One token shared by five concurrent callers, one more after the revocation's 401.
    expect(after.tokensIssued - before.tokensIssued).toBe(2);
  });

  it('pages through a change feed and resumes from the last modifiedAt without gaps', async () => {
    const { admin, client } = await startPrima();
    const codes = Array.from({ length: 25 }, (_, i) => `ITEM-${String(i + 1).padStart(2, '0')}`);
    for (const code of codes) await admin('POST', '/prima/items', [item(code)]);
    const prima = client({ pageSize: 10 });

    const firstRead = await collect(prima.itemsModifiedSince(new Date(0)));
    expect(firstRead.map((i) => i.itemCode)).toEqual(codes);
    expect(firstRead[0]?.sellPrice).toEqual({ netMinor: 2083, grossMinor: 2500, currency: 'GBP' });

    await admin('POST', '/prima/items', [
      { ...item('ITEM-07'), description: 'renamed' },
      item('ITEM-03'),
    ]);
    const cursor = firstRead.at(-1)?.modifiedAt ?? '';
    const resumed = await collect(prima.itemsModifiedSince(cursor));
    // The cursor's own record comes again (inclusive), then only what changed since.
    expect(resumed.map((i) => i.itemCode)).toEqual(['ITEM-25', 'ITEM-07', 'ITEM-03']);
    expect(resumed[1]?.description).toBe('renamed');
  });

  it('does not skip records when one changes mid-read, nor when a page shares one instant', async () => {
    const moving = await startPrima();
    const codes = Array.from({ length: 25 }, (_, i) => `ITEM-${String(i + 1).padStart(2, '0')}`);
    for (const code of codes) await moving.admin('POST', '/prima/items', [item(code)]);
    const seen: string[] = [];
    for await (const record of moving.client({ pageSize: 10 }).itemsModifiedSince(new Date(0))) {
      seen.push(record.itemCode);
      if (seen.length === 5) await moving.admin('POST', '/prima/items', [item('ITEM-02')]);
    }
    expect(new Set(seen)).toEqual(new Set(codes));
    expect(seen.at(-1)).toBe('ITEM-02');
    await running?.close();

    const frozen = await startPrima({}, true);
    await frozen.admin(
      'POST',
      '/prima/items',
      codes.map((code) => item(code)),
    );
    const sameInstant = await collect(
      frozen.client({ pageSize: 10 }).itemsModifiedSince(new Date(0)),
    );
    expect(sameInstant.map((i) => i.itemCode)).toEqual(codes);
  });

  it('waits out a 429 for at least its Retry-After', async () => {
    const { admin, client } = await startPrima({ ratePerSecond: 1, burst: 2 });
    await seedBasics(admin);
    // A client configured over Prima's budget, so the vendor has to push back.
    const greedy = client({ rateLimit: { capacity: 50, refillPerSecond: 50 } });
    for (let i = 0; i < 4; i++) expect(await greedy.salesOrder(`SO-${i}`)).toBeUndefined();

    const counters = (await admin('GET', '/prima/counters')) as { rateLimited: number };
    expect(counters.rateLimited).toBeGreaterThan(0);
    const log = (await admin('GET', '/prima/requests')) as { at: number; status: number }[];
    log.forEach((entry, index) => {
      const next = log[index + 1];
      if (entry.status === 429 && next) {
        // Retry-After was 1 s; a little slack for timer granularity between the two clocks.
        expect(next.at - entry.at).toBeGreaterThanOrEqual(1000 - 25);
      }
    });
  });

  it('stays inside the default budget: no 429s for a burst of 60 reads', async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    const prima = client();
    await Promise.all(Array.from({ length: 60 }, (_, i) => prima.salesOrder(`SO-${i}`)));
    const counters = (await admin('GET', '/prima/counters')) as {
      requests: number;
      rateLimited: number;
    };
    expect(counters).toMatchObject({ requests: 61, rateLimited: 0 });
  });

  it('retries reads through 5xx answers and connection resets', async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    await admin('POST', '/faults', {
      vendor: 'prima',
      method: 'GET',
      path: '^/api/v1/stock',
      errorRate: 1,
      errorStatus: 503,
      times: 2,
    });
    await admin('POST', '/faults', {
      vendor: 'prima',
      method: 'GET',
      path: '^/api/v1/stock',
      resetRate: 1,
      times: 1,
    });
    const rows = await collect(client().stock('LON1'));
    expect(rows).toEqual([
      expect.objectContaining({
        itemCode: 'TEE-NVY-M',
        depotCode: 'LON1',
        quantityOnHand: 10,
        quantityAvailableToSell: 10,
      }),
    ]);
    expect(await admin('GET', '/faults')).toEqual([]);
  });

  it("reads one item's stock in a depot, and nothing for an item the depot has no row of", async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    const prima = client();
    expect(await prima.stockOf('MAN1', 'TEE-NVY-M')).toMatchObject({
      itemCode: 'TEE-NVY-M',
      depotCode: 'MAN1',
      quantityOnHand: 5,
      quantityAvailableToSell: 5,
    });
    expect(await prima.stockOf('MAN1', 'GIFTWRAP')).toBeUndefined();
  });

  it('creates exactly one sales order when Prima applied the create but the answer was lost', async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    await admin('POST', '/prima/faults/drop-after-apply', {
      method: 'POST',
      path: '^/api/v1/sales-orders$',
    });
    const prima = client();

    const first = await prima.createSalesOrder(webOrder('WEB-553120'));
    const again = await prima.createSalesOrder(webOrder('WEB-553120'));
    expect(first.created).toBe(false); // found by its reference after the lost answer
    expect(again).toEqual({ record: first.record, created: false });
    const stored = (await admin(
      'GET',
      '/prima/sales-orders?customerReference=WEB-553120',
    )) as unknown[];
    expect(stored).toHaveLength(1);

    // 3 × £19.99 less 10% = £53.973 → £53.97 net; VAT 20% = £10.794 → £10.79.
    expect(first.record.totals).toEqual({ netMinor: 5397, vatMinor: 1079, grossMinor: 6476 });
    expect(first.record.status).toBe('AWAITING_AUTHORISATION');
    const authorised = await prima.authoriseSalesOrder(first.record.orderNumber);
    expect(authorised).toMatchObject({
      status: 'AUTHORISED',
      lines: [{ quantityAllocated: 3, lineStatus: 'ALLOCATED' }],
    });
    // Authorising again (a retried call) returns the order as it is instead of failing.
    expect((await prima.authoriseSalesOrder(first.record.orderNumber)).status).toBe('AUTHORISED');
  });

  it('refuses a receipt against an unknown PO for good, and an over-receipt', async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    await admin('POST', '/prima/purchase-orders', [
      {
        poNumber: 'PO-7781',
        supplierAccountCode: 'SUP-ACME',
        depotCode: 'LON1',
        status: 'PURCHASED',
        orderDate: '2026-11-18T00:00:00.000Z',
        currency: 'GBP',
        lines: [{ lineNumber: 1, itemCode: 'TEE-NVY-M', quantityOrdered: 120, unitCost: '6.40' }],
      },
    ]);
    const prima = client();
    const receipt = (quantityReceived: number) => ({
      receiptNoteNumber: `GRN-${quantityReceived}`,
      depotCode: 'LON1',
      receivedAt: '2026-11-20T10:00:00.000Z',
      lines: [
        {
          poLineNumber: 1,
          itemCode: 'TEE-NVY-M',
          quantityReceived,
          quantityRejected: 0,
          reason: null,
        },
      ],
    });

    const unknown = await prima.createReceiptNote('PO-NOPE', receipt(10)).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ConnectorError);
    expect(unknown).toMatchObject({ code: 'CONNECTOR.NOT_FOUND', status: 404, retriable: false });

    await expect(prima.createReceiptNote('PO-7781', receipt(121))).rejects.toMatchObject({
      code: 'CONNECTOR.REJECTED',
      status: 422,
      retriable: false,
    });
    expect(await admin('GET', '/prima/receipt-notes')).toEqual([]);

    expect((await prima.createReceiptNote('PO-7781', receipt(120))).created).toBe(true);
    const [po] = await collect(prima.purchaseOrdersModifiedSince(new Date(0)));
    expect(po).toMatchObject({
      status: 'RECEIVED',
      lines: [{ quantityReceived: 120, unitCostMinor: 640 }],
    });
  });

  it('refuses a despatch of more than was ordered and books an exact one once', async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    const [order] = (await admin('POST', '/prima/sales-orders', [
      {
        ...webOrder('WEB-1'),
        lines: [
          { itemCode: 'TEE-NVY-M', quantityOrdered: 2, unitNetPrice: '20.83', vatCode: 'S20' },
        ],
        status: 'AUTHORISED',
      },
    ])) as { orderNumber: string }[];
    const orderNumber = order?.orderNumber ?? '';
    const prima = client();
    const despatch = (quantity: number) => ({
      despatchNoteNumber: `DN-${quantity}`,
      salesOrderNumber: orderNumber,
      depotCode: 'LON1',
      despatchedAt: '2026-11-20T15:00:00.000Z',
      carrier: 'DPD',
      service: 'NEXT_DAY',
      trackingNumbers: ['15501234'],
      lines: [{ salesOrderLineNumber: 1, itemCode: 'TEE-NVY-M', quantity }],
    });

    const refused = await prima
      .createDespatchNote(despatch(3))
      .catch((e: unknown) => e as ConnectorError);
    expect(refused).toMatchObject({ code: 'CONNECTOR.REJECTED', status: 422, retriable: false });
    expect(JSON.parse((refused as ConnectorError).responseBody ?? '{}')).toMatchObject({
      status: 422,
      errors: [{ field: 'lines.0.quantity', code: 'OVER_DESPATCH' }],
    });
    expect((await prima.salesOrder(orderNumber))?.lines[0]?.quantityDespatched).toBe(0);

    expect((await prima.createDespatchNote(despatch(2))).created).toBe(true);
    expect((await prima.createDespatchNote(despatch(2))).created).toBe(false);
    expect(await admin('GET', '/prima/despatch-notes')).toHaveLength(1);
    const despatched = await prima.salesOrder(orderNumber);
    expect(despatched).toMatchObject({
      status: 'DESPATCHED',
      lines: [{ quantityDespatched: 2, lineStatus: 'DESPATCHED' }],
    });
    const [lon1] = await collect(prima.stock('LON1'));
    expect(lon1).toMatchObject({
      quantityOnHand: 8,
      quantityAllocated: 0,
      quantityAvailableToSell: 8,
    });
  });

  it('takes till sales from the store, credits returns to the penny and ignores stale stock pushes', async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    const prima = client();
    const sale = await prima.createSalesOrder({
      orderSource: 'POS',
      customerAccountCode: 'TILL',
      customerReference: 'LIGHTSPEED:MAN1:90412',
      depotCode: 'MAN1',
      currency: 'GBP',
      lines: [
        { itemCode: 'TEE-NVY-M', quantityOrdered: 2, unitNetPriceMinor: 2083, vatCode: 'S20' },
        { itemCode: 'GIFTWRAP', quantityOrdered: 1, unitNetPriceMinor: 250, vatCode: 'S20' },
      ],
    });
    expect(sale.record).toMatchObject({
      status: 'COMPLETED',
      totals: { netMinor: 4416, vatMinor: 883, grossMinor: 5299 },
    });
    expect(await collect(prima.stock('MAN1'))).toEqual([
      expect.objectContaining({ itemCode: 'TEE-NVY-M', quantityOnHand: 3 }),
    ]);

    const ra = await prima.createReturnAuthorisation({
      raNumber: 'RA-1',
      originalSalesOrderNumber: sale.record.orderNumber,
      customerAccountCode: 'TILL',
      lines: [{ itemCode: 'TEE-NVY-M', quantity: 1, reasonCode: 'SIZE', condition: 'RESALEABLE' }],
    });
    expect(ra.created).toBe(true);
    expect(await prima.creditNotesFor('RA-1')).toEqual([
      expect.objectContaining({
        lines: [{ itemCode: 'TEE-NVY-M', quantity: 1, netMinor: 2083, vatMinor: 417 }],
        totalMinor: 2500,
      }),
    ]);
    await expect(
      prima.createReturnAuthorisation({
        ...ra.record,
        raNumber: 'RA-2',
        originalSalesOrderNumber: 'SO-NOPE',
      }),
    ).rejects.toMatchObject({ code: 'CONNECTOR.REJECTED', status: 422 });

    const results = await prima.pushStockLevels([
      {
        depotCode: 'LON1',
        itemCode: 'TEE-NVY-M',
        quantityOnHand: 40,
        quantityAllocated: 4,
        sourceVersion: 7,
      },
      {
        depotCode: 'LON1',
        itemCode: 'TEE-NVY-M',
        quantityOnHand: 35,
        quantityAllocated: 4,
        sourceVersion: 6,
      },
      {
        depotCode: 'MAN1',
        itemCode: 'TEE-NVY-M',
        quantityOnHand: 1,
        quantityAllocated: 0,
        sourceVersion: 1,
      },
    ]);
    expect(results.map((r) => [r.outcome, r.storedVersion])).toEqual([
      ['APPLIED', 7],
      ['IGNORED_STALE', 7],
      ['REJECTED', null],
    ]);
    const [lon1] = await collect(prima.stockModifiedSince(new Date(0), 'LON1'));
    expect(lon1).toMatchObject({
      quantityOnHand: 40,
      quantityAllocated: 4,
      quantityAvailableToSell: 36,
    });
  });
});
