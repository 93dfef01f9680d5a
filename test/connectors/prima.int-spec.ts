import { ConnectorError } from '@parity/connectors';
import type { RetryPolicy } from '@parity/resilience';
import {
  createPrimaSimulator,
  createSandbox,
  type PrimaSimulatorOptions,
  type RunningSandbox,
} from '@parity/simulators';
import {
  PrimaRequestError,
  PrimaSoapClient,
  type NewPrimaSalesOrder,
  type PrimaSoapClientOptions,
} from '@parity/connectors';

// Contract tests: the Prima connector against the Prima simulator over real HTTP, in-process:
// SOAP envelopes around Prima Solutions' request documents, ISO-8859-1 both ways.

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
  const client = (overrides: Partial<PrimaSoapClientOptions> = {}) =>
    new PrimaSoapClient({ baseUrl: `${url}/prima`, ...CREDENTIALS, retry: FAST, ...overrides });
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
  it('refuses a call without the web-service user (401), and one for another company', async () => {
    const { url, admin, client } = await startPrima();
    await seedBasics(admin);
    const wrongUser = client({ clientSecret: 'guess' });
    await expect(wrongUser.salesOrder('WEB-1')).rejects.toMatchObject({
      code: 'CONNECTOR.UNAUTHORIZED',
      status: 401,
      retriable: false,
    });
    await expect(client({ companyId: 'OTHER' }).salesOrder('WEB-1')).rejects.toMatchObject({
      code: 'CONNECTOR.REJECTED',
      message: expect.stringContaining('Company OTHER is not available'),
    });
    const bare = await fetch(`${url}/prima/`, { method: 'POST', body: '<x/>' });
    expect(bare.status).toBe(401);
  });

  it('reads a change feed from a moment, inclusive, and resumes without gaps', async () => {
    const { admin, client } = await startPrima();
    const codes = Array.from({ length: 25 }, (_, i) => `ITEM-${String(i + 1).padStart(2, '0')}`);
    for (const code of codes) await admin('POST', '/prima/items', [item(code)]);
    const prima = client();

    const firstRead = await collect(prima.itemsModifiedSince(new Date(0)));
    expect(firstRead.map((i) => i.itemCode)).toEqual(codes);
    expect(firstRead[0]?.sellPrice).toEqual({ netMinor: 2083, grossMinor: 2500, currency: 'GBP' });

    await admin('POST', '/prima/items', [
      { ...item('ITEM-07'), description: 'Café £5 renamed' },
      item('ITEM-03'),
    ]);
    const cursor = firstRead.at(-1)?.modifiedAt ?? '';
    const resumed = await collect(prima.itemsModifiedSince(cursor));
    // The cursor's own record comes again (inclusive), then only what changed since.
    expect(resumed.map((i) => i.itemCode)).toEqual(['ITEM-25', 'ITEM-07', 'ITEM-03']);
    expect(resumed[1]?.description).toBe('Café £5 renamed'); // ISO-8859-1 both ways
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
    expect(counters).toMatchObject({ requests: 60, rateLimited: 0 });
  });

  it('retries reads through 5xx answers and connection resets', async () => {
    const { admin, client } = await startPrima();
    await seedBasics(admin);
    const feed = 'ProductAvailableToSell'; // the request type, inside the SOAP body
    await admin('POST', '/faults', {
      vendor: 'prima',
      body: feed,
      errorRate: 1,
      errorStatus: 503,
      times: 2,
    });
    await admin('POST', '/faults', { vendor: 'prima', body: feed, resetRate: 1, times: 1 });
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
    await admin('POST', '/prima/faults/drop-after-apply', { requestType: '^MultiNewOrder$' });
    const prima = client();

    const first = await prima.createSalesOrder(webOrder('WEB-553120'));
    const again = await prima.createSalesOrder(webOrder('WEB-553120'));
    // The repeat after the lost answer met E:21 (order number already held): found, not doubled.
    expect(first.created).toBe(false);
    expect(first.record.orderNumber).toBe('WEB-553120');
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
    expect(unknown).toMatchObject({ code: 'CONNECTOR.NOT_FOUND', retriable: false });

    await expect(prima.createReceiptNote('PO-7781', receipt(121))).rejects.toMatchObject({
      code: 'CONNECTOR.REJECTED',
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
      .catch((e: unknown) => e as PrimaRequestError);
    expect(refused).toBeInstanceOf(PrimaRequestError);
    expect(refused).toMatchObject({ code: 'CONNECTOR.REJECTED', retriable: false });
    expect((refused as PrimaRequestError).primaErrors.map((line) => line.text)).toContain(
      'lines.0.quantity: OVER_DESPATCH only 2 left to despatch on line 1',
    );
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
    ).rejects.toMatchObject({ code: 'CONNECTOR.REJECTED', retriable: false });

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
