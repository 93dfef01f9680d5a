import {
  collect,
  LightspeedClient,
  LightspeedTokenService,
  type LightspeedSale,
  type LightspeedTokens,
  type LightspeedTokenStore,
} from '@parity/connectors';
import { createLightspeedSimulator, createSandbox, type RunningSandbox } from '@parity/simulators';

// Contract of the Lightspeed R-Series connector against the simulator, over real HTTP.
// No stack needed: the sandbox runs in this process, a fresh account per test.

const ACCOUNT = '80421';
const CLIENT = { clientId: 'parity-edge', clientSecret: 'sandbox-secret' };
const FAST_RETRY = { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 5 };

class MemoryTokenStore implements LightspeedTokenStore {
  saves = 0;
  constructor(private tokens: LightspeedTokens) {}
  async load(): Promise<LightspeedTokens> {
    return this.tokens;
  }
  async save(tokens: LightspeedTokens): Promise<void> {
    this.saves += 1;
    this.tokens = tokens;
  }
}

let sandbox: RunningSandbox;
let clockOffsetMs: number;
let store: MemoryTokenStore;

beforeEach(async () => {
  clockOffsetMs = 0;
  store = new MemoryTokenStore({ accessToken: '', refreshToken: 'first-refresh', expiresAt: 0 });
  const simulator = createLightspeedSimulator({
    accountId: ACCOUNT,
    ...CLIENT,
    initialRefreshToken: 'first-refresh',
    registers: 5,
  });
  sandbox = await createSandbox({
    seed: 7,
    simulators: [simulator],
    now: () => new Date(Date.now() + clockOffsetMs),
  }).listen(0);
});

afterEach(() => sandbox.close());

function tokenService(): LightspeedTokenService {
  return new LightspeedTokenService({
    store,
    ...CLIENT,
    tokenUrl: `${sandbox.url}/lightspeed/auth/oauth/token`,
  });
}

function client(tokens = tokenService()): LightspeedClient {
  return new LightspeedClient({
    baseUrl: `${sandbox.url}/lightspeed`,
    accountId: ACCOUNT,
    registers: 5,
    tokens,
    retry: FAST_RETRY,
  });
}

async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

interface Counters {
  requests: number;
  rateLimited: number;
  refreshes: number;
}
const counters = () => admin<Counters>('GET', '/admin/lightspeed/counters');

interface Seeded {
  shopID: string;
  variantID: string;
  otherVariantID: string;
  plainID: string;
  serviceID: string;
}

async function seedCatalogue(): Promise<Seeded> {
  const shop = await admin<{ shopID: string }>('POST', '/admin/lightspeed/shops', {
    name: 'Covent Garden',
    timeZone: 'Europe/London',
  });
  const matrix = await admin<{ itemMatrixID: string }>('POST', '/admin/lightspeed/matrices', {
    description: 'Oxford shirt',
  });
  const item = (body: object) =>
    admin<{ itemID: string }>('POST', '/admin/lightspeed/items', body).then((i) => i.itemID);
  const variantID = await item({
    description: 'Oxford shirt blue M',
    customSku: 'OXF-BLU-M',
    price: '45.00',
    itemMatrixID: matrix.itemMatrixID,
    attributes: { attribute1: 'Blue', attribute2: 'M' },
  });
  const otherVariantID = await item({
    description: 'Oxford shirt blue L',
    customSku: 'OXF-BLU-L',
    price: '45.00',
    itemMatrixID: matrix.itemMatrixID,
    attributes: { attribute1: 'Blue', attribute2: 'L' },
  });
  const plainID = await item({ description: 'Socks', customSku: 'SOCK-1', price: '7.99' });
  const serviceID = await item({
    description: 'Gift wrap',
    customSku: 'SVC-WRAP',
    price: '2.50',
    itemType: 'non_inventory',
  });
  for (const itemID of [variantID, otherVariantID, plainID]) {
    await admin('PUT', '/admin/lightspeed/stock', { itemID, shopID: shop.shopID, qoh: 10 });
  }
  return { shopID: shop.shopID, variantID, otherVariantID, plainID, serviceID };
}

const allSalesSince = async (api: LightspeedClient, since: string) =>
  collect(api.salesSince(since));

describe('Lightspeed tokens', () => {
  it('persists the rotated pair, after which the spent refresh token is refused', async () => {
    await collect(client().shops());
    expect(store.saves).toBe(1);
    const stored = await store.load();
    expect(stored.refreshToken).not.toBe('first-refresh');

    const replay = await fetch(`${sandbox.url}/lightspeed/auth/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: CLIENT.clientId,
        client_secret: CLIENT.clientSecret,
        refresh_token: 'first-refresh',
      }).toString(),
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers two concurrent 401s with one refresh', async () => {
    const api = client();
    await collect(api.shops());
    const before = await counters();
    await admin('POST', '/admin/lightspeed/oauth/expire-access-tokens');

    await Promise.all([collect(api.shops()), collect(api.items())]);

    expect((await counters()).refreshes - before.refreshes).toBe(1);
    expect(store.saves).toBe(2);
  });

  it('adopts a pair another owner rotated instead of refreshing again', async () => {
    const ours = client();
    await collect(ours.shops());
    const theirs = tokenService();
    await admin('POST', '/admin/lightspeed/oauth/expire-access-tokens');
    await theirs.refresh({ authorization: `Bearer ${(await store.load()).accessToken}` });
    const before = await counters();

    await collect(ours.shops());

    expect((await counters()).refreshes).toBe(before.refreshes);
  });
});

describe('Lightspeed V3 paging', () => {
  it('reads every page, including a last page of one record sent as an object', async () => {
    for (let n = 1; n <= 101; n++) {
      await admin('POST', '/admin/lightspeed/items', {
        description: `Item ${n}`,
        customSku: `SKU-${n}`,
        price: '1.00',
      });
    }
    const api = client();
    const pages: number[] = [];
    for await (const page of api.items()) pages.push(page.length);
    expect(pages).toEqual([100, 1]);
    const items = await collect(api.items());
    expect(items.map((item) => item.customSku)).toEqual(
      Array.from({ length: 101 }, (_, i) => `SKU-${i + 1}`),
    );

    const raw = await fetch(
      `${sandbox.url}/lightspeed/API/V3/Account/${ACCOUNT}/Item.json?customSku=SKU-7`,
      { headers: await tokenService().headers() },
    ).then((response) => response.json() as Promise<Record<string, unknown>>);
    expect(Array.isArray(raw['Item'])).toBe(false);
    expect(raw['Item']).toMatchObject({ customSku: 'SKU-7' });
  });

  it('gives one-line, one-payment sales their relations as arrays', async () => {
    const seeded = await seedCatalogue();
    await admin('POST', '/admin/lightspeed/sales', {
      shopID: seeded.shopID,
      lines: [{ itemID: seeded.plainID, quantity: 1 }],
      payments: [{ paymentTypeID: '1' }],
    });

    const [sale] = await allSalesSince(client(), '2000-01-01T00:00:00+00:00');

    expect(sale?.SaleLines).toHaveLength(1);
    expect(sale?.SaleLines?.[0]).toMatchObject({ unitQuantity: '1', calcTotal: '7.99' });
    expect(sale?.SaleLines?.[0]?.Item).toMatchObject({ customSku: 'SOCK-1' });
    expect(sale?.SalePayments).toHaveLength(1);
    expect(sale?.SalePayments?.[0]?.PaymentType).toMatchObject({ type: 'cash' });
  });

  it('resumes from the last timeStamp seen, and sees a parked sale again once completed', async () => {
    const seeded = await seedCatalogue();
    const ring = (completed = true) =>
      admin<LightspeedSale>('POST', '/admin/lightspeed/sales', {
        shopID: seeded.shopID,
        lines: [{ itemID: seeded.plainID, quantity: 1 }],
        payments: [{ paymentTypeID: '1' }],
        completed,
      });
    const old = await ring();
    clockOffsetMs += 5_000;
    const parked = await ring(false);
    const api = client();
    const first = await allSalesSince(api, '2000-01-01T00:00:00+00:00');
    expect(first.map((sale) => sale.saleID)).toEqual([old.saleID, parked.saleID]);
    const highWater = first.at(-1)?.timeStamp ?? '';

    clockOffsetMs += 5_000;
    const later = await ring();
    clockOffsetMs += 1_000;
    await admin('POST', `/admin/lightspeed/sales/${parked.saleID}/complete`, {});
    const resumed = await allSalesSince(api, highWater);

    expect(resumed.map((sale) => sale.saleID)).toEqual([later.saleID, parked.saleID]);
    expect(resumed.find((sale) => sale.saleID === parked.saleID)?.completed).toBe('true');
  });
});

describe('Lightspeed rate budget', () => {
  it('keeps a burst of 150 reads inside the bucket', async () => {
    const api = client();
    const results = await Promise.all(Array.from({ length: 150 }, () => collect(api.shops())));
    expect(results).toHaveLength(150);
    const after = await counters();
    expect(after.rateLimited).toBe(0);
    expect(after.requests).toBe(150);
  });

  it('waits the Retry-After the API asks for before trying again', async () => {
    const api = client();
    await collect(api.shops());
    await admin('POST', '/admin/faults', {
      vendor: 'lightspeed',
      path: 'Shop\\.json',
      rateLimitRate: 1,
      retryAfterSeconds: 1,
      times: 2,
    });
    const started = Date.now();

    await collect(api.shops());

    const log = await admin<{ path: string; status: number; at: string }[]>(
      'GET',
      '/admin/lightspeed/requests',
    );
    const served = log.filter((entry) => entry.path.includes('Shop.json'));
    expect(served).toHaveLength(2);
    // Two 429s, each asking for a second: the retry that got through came no sooner.
    expect(Date.parse(served[1]?.at ?? '') - started).toBeGreaterThanOrEqual(2_000);
    expect(await admin<unknown[]>('GET', '/admin/faults')).toEqual([]);
  });
});

describe('Lightspeed failures on reads', () => {
  it('retries 5xx answers and dropped connections', async () => {
    const seeded = await seedCatalogue();
    await admin('POST', '/admin/faults', {
      vendor: 'lightspeed',
      path: 'Shop\\.json',
      errorRate: 1,
      errorStatus: 503,
      times: 2,
    });
    await admin('POST', '/admin/faults', {
      vendor: 'lightspeed',
      path: 'Shop\\.json',
      resetRate: 1,
      times: 1,
    });

    const shops = await collect(client().shops());

    expect(shops).toEqual([
      expect.objectContaining({ shopID: seeded.shopID, timeZone: 'Europe/London' }),
    ]);
    expect(await admin<unknown[]>('GET', '/admin/faults')).toEqual([]);
  });
});

describe('Lightspeed returns and exchanges', () => {
  it('reads a partial refund and an exchange as negative lines pointing at the sold lines', async () => {
    const seeded = await seedCatalogue();
    const sale = await admin<LightspeedSale & { SaleLines: { SaleLine: unknown } }>(
      'POST',
      '/admin/lightspeed/sales',
      {
        shopID: seeded.shopID,
        lines: [
          { itemID: seeded.variantID, quantity: 2, discount: '5.00' },
          { itemID: seeded.plainID, quantity: 1 },
          { itemID: seeded.serviceID, quantity: 1 },
        ],
        transactionDiscount: '3.00',
        payments: [{ paymentTypeID: '2', amount: '10.00', archived: true }, { paymentTypeID: '2' }],
      },
    );
    const api = client();
    const [original] = await allSalesSince(api, '2000-01-01T00:00:00+00:00');
    const [variantLine, plainLine] = original?.SaleLines ?? [];
    expect(original?.saleID).toBe(sale.saleID);

    clockOffsetMs += 2_000;
    await admin('POST', '/admin/lightspeed/sales', {
      shopID: seeded.shopID,
      returned: {
        saleID: sale.saleID,
        lines: [{ saleLineID: variantLine?.saleLineID, quantity: 1 }],
      },
      payments: [{ paymentTypeID: '2' }],
    });
    await admin('POST', '/admin/lightspeed/sales', {
      shopID: seeded.shopID,
      returned: {
        saleID: sale.saleID,
        lines: [{ saleLineID: plainLine?.saleLineID, quantity: 1 }],
      },
      lines: [{ itemID: seeded.otherVariantID, quantity: 1 }],
      payments: [{ paymentTypeID: '1' }],
    });

    const [, refund, exchange] = await allSalesSince(api, '2000-01-01T00:00:00+00:00');

    expect(refund?.SaleLines).toEqual([
      expect.objectContaining({
        unitQuantity: '-1',
        parentSaleLineID: variantLine?.saleLineID,
        itemID: seeded.variantID,
      }),
    ]);
    expect(refund?.SaleLines?.[0]?.calcTotal).toMatch(/^-\d+\.\d{2}$/);
    expect(exchange?.SaleLines?.map((line) => [line.unitQuantity, line.parentSaleLineID])).toEqual([
      ['-1', plainLine?.saleLineID],
      ['1', '0'],
    ]);
    const originals = await api.salesHoldingLines([variantLine?.saleLineID ?? '']);
    expect(originals.map((found) => found.saleID)).toEqual([sale.saleID]);
  });
});

describe('Lightspeed stock push', () => {
  it('sets a shop quantity on hand, creating the ItemShop and re-summing shop 0', async () => {
    const seeded = await seedCatalogue();
    const api = client();

    await api.setQuantityOnHand(seeded.variantID, seeded.shopID, 7);

    expect(await admin('GET', '/admin/lightspeed/item-shop-updates')).toEqual([
      expect.objectContaining({ itemID: seeded.variantID, shopID: seeded.shopID, qoh: 7 }),
    ]);
    const rows = await collect(api.itemShops(seeded.variantID));
    expect(rows.map((row) => [row.shopID, row.qoh]).sort()).toEqual([
      ['0', '7'],
      [seeded.shopID, '7'],
    ]);
  });
});
