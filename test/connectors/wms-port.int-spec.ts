import {
  ClarusClient,
  ConnectorError,
  clarusWms,
  nextAmendmentReference,
  PeoplevoxClient,
  peoplevoxWms,
  WmsChangeRefused,
  type WmsPort,
  type WmsPurchaseOrder,
  type WmsSalesOrder,
} from '@parity/connectors';
import {
  createClarusSimulator,
  createPeoplevoxSimulator,
  createSandbox,
  type RunningSandbox,
} from '@parity/simulators';

/*
 * The WMS port's write contract, run against the simulated Peoplevox and Clarus over HTTP:
 * one record per reference whatever is lost or retried, cancellation, amendment while open
 * (Peoplevox by cancel-and-recreate, Clarus in place) and its refusal once picking starts,
 * and a pre-receipt the warehouse then books goods in against. No services needed.
 */

const FAST_RETRY = { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 2 };
const pvxLogin = { clientId: 'ACME', username: 'parity', password: 'secret' };
const clarusLogin = {
  clientId: 'parity-client',
  clientSecret: 'parity-secret',
  username: 'parity-api',
  password: 'api-user-password',
  subdomain: 'acme',
};

let sandbox: RunningSandbox;

async function admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}/admin${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

interface HeldOrder {
  readonly reference: string;
  readonly status: string;
}
interface HeldPreReceipt {
  readonly reference: string;
  readonly lines: { sku: string; expected: number; received: number }[];
}

/** One WMS as the contract drives it: its port, and its warehouse floor through admin. */
interface WmsUnderTest {
  readonly name: string;
  readonly location: string;
  port(): WmsPort;
  /** The reference an amendment of `reference` goes by. */
  amended(reference: string): string;
  seed(sku: string, onHand: number): Promise<void>;
  pick(reference: string): Promise<void>;
  receive(poReference: string, sku: string, quantity: number): Promise<void>;
  /** The next `times` order writes are served and their answers lost, or answered `status`. */
  loseWriteAnswers(times: number, status?: number): Promise<void>;
  /** How many answers have been lost so far. */
  answersLost(): Promise<number>;
  orders(): Promise<HeldOrder[]>;
  preReceipts(): Promise<HeldPreReceipt[]>;
}

const peoplevox: WmsUnderTest = {
  name: 'Peoplevox',
  location: 'PrimarySite',
  port: () =>
    peoplevoxWms(
      new PeoplevoxClient({
        baseUrl: `${sandbox.url}/peoplevox`,
        ...pvxLogin,
        callsPerSecond: 1_000,
        retry: FAST_RETRY,
      }),
      { createRetry: FAST_RETRY },
    ),
  amended: nextAmendmentReference,
  seed: async (sku, onHand) => {
    await admin('POST', '/peoplevox/items', [{ itemCode: sku, name: sku }]);
    await admin('PUT', '/peoplevox/stock', { itemCode: sku, site: 'PrimarySite', onHand });
  },
  pick: async (reference) => {
    await admin('POST', `/peoplevox/sales-orders/${reference}/pick`);
  },
  receive: async (reference, sku, quantity) => {
    await admin('POST', '/peoplevox/goods-in', {
      reference,
      site: 'PrimarySite',
      items: [{ itemCode: sku, quantity }],
    });
  },
  loseWriteAnswers: (times, status) =>
    admin('PUT', '/peoplevox/lost-answers', { operation: 'SaveData', times, status }),
  answersLost: async () =>
    (await admin<Record<string, number>>('GET', '/peoplevox/counters'))['answersLost'] ?? 0,
  orders: async () =>
    (
      await admin<{ salesOrderNumber: string; status: string }[]>('GET', '/peoplevox/sales-orders')
    ).map((order) => ({ reference: order.salesOrderNumber, status: order.status })),
  preReceipts: async () =>
    (
      await admin<
        {
          purchaseOrderNumber: string;
          lines: { itemCode: string; quantity: number; quantityReceived: number }[];
        }[]
      >('GET', '/peoplevox/purchase-orders')
    ).map((po) => ({
      reference: po.purchaseOrderNumber,
      lines: po.lines.map((l) => ({
        sku: l.itemCode,
        expected: l.quantity,
        received: l.quantityReceived,
      })),
    })),
};

const clarus: WmsUnderTest = {
  name: 'Clarus',
  location: 'MAIN',
  port: () =>
    clarusWms(
      new ClarusClient({
        ...clarusLogin,
        baseUrl: `${sandbox.url}/clarus`,
        requestsPerSecond: 1_000,
        burst: 1_000,
        retry: FAST_RETRY,
      }),
    ),
  amended: (reference) => reference,
  seed: async (sku, onHand) => {
    await admin('POST', '/clarus/products', {
      sku: `CL-${sku}`,
      name: sku,
      external_system_reference1: sku,
    });
    await admin('PUT', '/clarus/stock', { product: sku, warehouse: 'MAIN', on_hand: onHand });
  },
  pick: async (reference) => {
    await admin('POST', `/clarus/sales-orders/${reference}/pick`, {});
  },
  receive: async (reference, sku, quantity) => {
    await admin('POST', `/clarus/goods-in/${reference}/complete`, {
      lines: [{ product: sku, received_quantity: quantity }],
    });
  },
  // Clarus's lost-response rule counts what it loses, unlike the fault injector, which
  // forgets a rule once its times are used up.
  loseWriteAnswers: async (times, status) => {
    await admin('PUT', '/clarus/lost-responses', {
      path: '^/api/(sales-orders|goods-in-receipts)$',
      status,
      times,
    });
  },
  answersLost: async () =>
    (await admin<{ responsesLost: number }>('GET', '/clarus/counters')).responsesLost,
  orders: async () =>
    (await admin<{ reference: string; status: string }[]>('GET', '/clarus/sales-orders')).map(
      ({ reference, status }) => ({ reference, status }),
    ),
  preReceipts: async () =>
    (
      await admin<
        {
          reference: string;
          lines: {
            product: { external_system_reference1: string };
            expected_quantity: number;
            received_quantity: number;
          }[];
        }[]
      >('GET', '/clarus/goods-in-receipts')
    ).map((receipt) => ({
      reference: receipt.reference,
      lines: receipt.lines.map((l) => ({
        sku: l.product.external_system_reference1,
        expected: l.expected_quantity,
        received: l.received_quantity,
      })),
    })),
};

const order = (reference: string, location: string, lines: [string, number][]): WmsSalesOrder => ({
  reference,
  location,
  customer: { email: 'ada@example.com' },
  deliveryAddress: {
    name: 'Ada Lovelace',
    lines: ['1 Analytical Row', 'Flat 2'],
    city: 'London',
    postcode: 'N1 9GU',
    countryCode: 'GB',
  },
  service: 'NEXTDAY',
  lines: lines.map(([sku, quantity], index) => ({ lineNumber: index + 1, sku, quantity })),
});

/** What the document runtime does: calls again, later, while the failure is transient. */
async function retriedByCaller<T>(call: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ConnectorError && error.retriable) || attempt >= attempts) throw error;
    }
  }
}

beforeAll(async () => {
  sandbox = await createSandbox({
    seed: 23,
    simulators: [
      createPeoplevoxSimulator({ ...pvxLogin, sites: ['PrimarySite'] }),
      createClarusSimulator({
        clientId: clarusLogin.clientId,
        clientSecret: clarusLogin.clientSecret,
        apiUser: { username: clarusLogin.username, password: clarusLogin.password },
        subdomain: clarusLogin.subdomain,
      }),
    ],
  }).listen(0);
});
afterAll(() => sandbox.close());
beforeEach(() => admin('POST', '/reset'));

describe.each([peoplevox, clarus])('the WMS port over $name', (wms) => {
  const allocatedOf = async (port: WmsPort, sku: string) =>
    (await port.stockAt(wms.location, [sku])).get(sku)?.allocated;

  it('places one order per reference when the answers to its writes are lost', async () => {
    await wms.seed('TEE-M', 10);
    const port = wms.port();
    await wms.loseWriteAnswers(3);

    const placed = await retriedByCaller(() =>
      port.createSalesOrder(order('SO000101', wms.location, [['TEE-M', 2]])),
    );
    const again = await port.createSalesOrder(order('SO000101', wms.location, [['TEE-M', 2]]));

    expect(again).toEqual(placed);
    expect(await wms.answersLost()).toBeGreaterThan(0);
    expect(await wms.orders()).toEqual([{ reference: 'SO000101', status: expect.any(String) }]);
    expect(await allocatedOf(port, 'TEE-M')).toBe(2);
    expect(await port.salesOrderStatus('SO000101')).toMatchObject({
      wmsId: placed.wmsId,
      status: 'ALLOCATED',
    });
  });

  it('finds rather than duplicates an order whose create was served but answered 5xx', async () => {
    await wms.seed('TEE-M', 10);
    const port = wms.port();
    await wms.loseWriteAnswers(1, 502);

    await retriedByCaller(() =>
      port.createSalesOrder(order('SO000102', wms.location, [['TEE-M', 1]])),
    );

    expect(await wms.answersLost()).toBe(1);
    expect(await wms.orders()).toEqual([{ reference: 'SO000102', status: expect.any(String) }]);
    expect(await allocatedOf(port, 'TEE-M')).toBe(1);
  });

  it('finds an order the warehouse has moved on, and leaves it as it is', async () => {
    await wms.seed('TEE-M', 10);
    const port = wms.port();
    const placed = await port.createSalesOrder(order('SO000103', wms.location, [['TEE-M', 2]]));
    await wms.pick('SO000103');

    await expect(
      port.createSalesOrder(order('SO000103', wms.location, [['TEE-M', 5]])),
    ).resolves.toEqual(placed);
    expect(await port.salesOrderStatus('SO000103')).toMatchObject({ status: 'PICKING' });
  });

  it('cancels an order, its stock freed, and takes a second cancel as done', async () => {
    await wms.seed('TEE-M', 10);
    const port = wms.port();
    await port.createSalesOrder(order('SO000104', wms.location, [['TEE-M', 3]]));

    await port.cancelSalesOrder('SO000104');
    await port.cancelSalesOrder('SO000104');

    expect(await port.salesOrderStatus('SO000104')).toMatchObject({ status: 'CANCELLED' });
    expect(await allocatedOf(port, 'TEE-M')).toBe(0);
    expect(await port.salesOrderStatus('SO-NEVER')).toBeUndefined();
  });

  it('amends an open order, once however often asked, with lines removed and reduced', async () => {
    await wms.seed('TEE-M', 10);
    await wms.seed('TEE-L', 10);
    const port = wms.port();
    await port.createSalesOrder(
      order('SO000105', wms.location, [
        ['TEE-M', 3],
        ['TEE-L', 2],
      ]),
    );
    const amendment = order('SO000105', wms.location, [['TEE-M', 1]]);

    const amended = await port.amendSalesOrder('SO000105', amendment);
    const again = await port.amendSalesOrder('SO000105', amendment);

    expect(amended.reference).toBe(wms.amended('SO000105'));
    expect(again).toEqual(amended);
    expect(await port.salesOrderStatus(amended.reference)).toMatchObject({ status: 'ALLOCATED' });
    expect(await allocatedOf(port, 'TEE-M')).toBe(1);
    expect(await allocatedOf(port, 'TEE-L')).toBe(0);
    const live = (await wms.orders()).filter((held) => !/cancel/i.test(held.status));
    expect(live.map((held) => held.reference)).toEqual([amended.reference]);
  });

  it('refuses for good to amend an order once picking has started', async () => {
    await wms.seed('TEE-M', 10);
    const port = wms.port();
    await port.createSalesOrder(order('SO000106', wms.location, [['TEE-M', 2]]));
    await wms.pick('SO000106');

    const refusal = await port
      .amendSalesOrder('SO000106', order('SO000106', wms.location, [['TEE-M', 1]]))
      .catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(WmsChangeRefused);
    expect(refusal).toMatchObject({
      retriable: false,
      reference: 'SO000106',
      orderStatus: 'PICKING',
    });
    expect(await allocatedOf(port, 'TEE-M')).toBe(2);
    expect(await wms.orders()).toEqual([{ reference: 'SO000106', status: expect.any(String) }]);
  });

  it('places a pre-receipt once, and the warehouse books goods in against it', async () => {
    await wms.seed('TEE-M', 0);
    const port = wms.port();
    const po: WmsPurchaseOrder = {
      reference: 'PO007781',
      location: wms.location,
      supplier: 'SUPP-001',
      expectedDate: '2026-11-24',
      lines: [{ lineNumber: 1, sku: 'TEE-M', quantity: 120, unitCostMinor: 450 }],
    };
    await wms.loseWriteAnswers(1);

    const placed = await retriedByCaller(() => port.createPurchaseOrder(po));
    await expect(port.createPurchaseOrder(po)).resolves.toEqual(placed);
    expect(await wms.answersLost()).toBe(1);
    await wms.receive('PO007781', 'TEE-M', 120);

    expect(await wms.preReceipts()).toEqual([
      { reference: 'PO007781', lines: [{ sku: 'TEE-M', expected: 120, received: 120 }] },
    ]);
    expect((await port.stockAt(wms.location, ['TEE-M'])).get('TEE-M')?.onHand).toBe(120);
  });
});
