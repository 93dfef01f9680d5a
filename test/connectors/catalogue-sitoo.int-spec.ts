import { ConnectorError, sitooCatalogue, SitooClient, type SitooProduct } from '@parity/connectors';
import { createSandbox, createSitooSimulator, type RunningSandbox } from '@parity/simulators';
import { at, adminCall, discontinued, styleItems, tally, withPrice } from './catalogue-items';

/*
 * The Sitoo catalogue adapter against the simulated POS over real HTTP: a style as a variant
 * group, batch POSTs and PUTs with per-product results, inactive as retired.
 */

const ACCOUNT = '90210';
/** Prima's codes' rates in basis points; the simulator's VAT groups have 20 % as vatid 5. */
const VAT_RATES: Readonly<Record<string, number>> = { S: 2000, Z: 0 };

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await createSandbox({
    seed: 9,
    simulators: [createSitooSimulator({ accountId: ACCOUNT, apiId: 'api-parity', password: 'pw' })],
  }).listen(0);
});
afterAll(() => sandbox.close());
beforeEach(() => admin('POST', '/reset'));

const admin = <T = unknown>(method: string, path: string, body?: unknown) =>
  adminCall<T>(sandbox.url, method, path, body);
const requests = () =>
  admin<{ method: string; path: string; status: number }[]>('GET', '/sitoo/requests');
const client = () =>
  new SitooClient({
    baseUrl: `${sandbox.url}/sitoo`,
    accountId: ACCOUNT,
    siteId: 1,
    apiId: 'api-parity',
    password: 'pw',
    requestsPerSecond: 1_000,
    retry: { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 3 },
  });
const catalogue = () => sitooCatalogue(client(), (code) => VAT_RATES[code]);
async function held(skus: readonly string[]): Promise<SitooProduct[]> {
  const products: SitooProduct[] = [];
  for await (const product of client().productsBySku(skus)) products.push(product);
  return products;
}

describe('Prima items into Sitoo products', () => {
  it('joins variants that arrive after their style was created to the same variant group', async () => {
    const port = catalogue();
    const items = styleItems();
    const skus = items.map((item) => item.sku);
    // Announced one by one: the later calls name the style's SKUs seen so far.
    const named = items.map((item, i) => ({
      ...item,
      style: item.style && { ...item.style, variantSkus: skus.slice(0, i + 1) },
    }));
    expect(tally(await port.upsertItems(named.slice(0, 4)))).toEqual({ CREATED: 4 });
    expect(tally(await port.upsertItems(named.slice(4)))).toEqual({ CREATED: 11 });
    const products = await held(skus);
    expect(products).toHaveLength(15);
    expect(new Set(products.map((p) => p.variantparentid)).size).toBe(1);
  });

  it('creates a style of 15 as one variant group: a read of the VAT groups and of the SKUs, the parent, the variants', async () => {
    const port = catalogue();
    const items = styleItems();

    const outcomes = await port.upsertItems(items);

    expect(tally(outcomes)).toEqual({ CREATED: 15 });
    expect((await requests()).map((r) => r.method)).toEqual(['GET', 'GET', 'POST', 'POST']);
    const products = await held(items.map((item) => item.sku));
    const parent = at(
      products.filter((p) => p.sku === at(items, 0).sku),
      0,
    );
    expect(products.map((p) => p.variantparentid)).toEqual(products.map(() => parent.productid));
    expect(products.find((p) => p.sku === 'OXF-WHI-XL')).toMatchObject({
      moneyprice: '45.00',
      vatid: 5,
      variant: [
        { name: 'Colour', value: 'White' },
        { name: 'Size', value: 'XL' },
      ],
    });
  });

  it('repeats as UNCHANGED with one read and no write', async () => {
    const port = catalogue();
    const items = styleItems();
    await port.upsertItems(items);
    const before = (await requests()).length;

    expect(tally(await port.upsertItems(items))).toEqual({ UNCHANGED: 15 });
    expect((await requests()).slice(before).map((r) => r.method)).toEqual(['GET']);
  });

  it('updates a price and retires a discontinued variant in one PUT', async () => {
    const port = catalogue();
    const items = styleItems();
    await port.upsertItems(items);
    const before = (await requests()).length;

    const outcomes = await port.upsertItems([
      withPrice(at(items, 1), 3900),
      discontinued(at(items, 2)),
    ]);

    expect(outcomes.map((o) => [o.sku, o.outcome])).toEqual([
      [at(items, 1).sku, 'UPDATED'],
      [at(items, 2).sku, 'RETIRED'],
    ]);
    expect((await requests()).slice(before).map((r) => r.method)).toEqual(['GET', 'PUT']);
    const [repriced, retired] = await held([at(items, 1).sku, at(items, 2).sku]);
    expect(repriced).toMatchObject({ moneyprice: '39.00', active: true });
    expect(retired).toMatchObject({ active: false, activepos: false });
  });

  it('refuses the product whose barcode another holds, in Sitoo’s words, and creates the rest', async () => {
    const items = styleItems();
    const taken = at(items, 6);
    await admin('POST', '/sitoo/products', [
      { sku: 'FOREIGN', moneyprice: '1.00', vatvalue: 25, barcode: taken.barcodes[0] },
    ]);

    const outcomes = await catalogue().upsertItems(items);

    expect(tally(outcomes)).toEqual({ CREATED: 14, REFUSED: 1 });
    expect(outcomes.find((o) => o.sku === taken.sku)).toEqual({
      sku: taken.sku,
      outcome: 'REFUSED',
      reason: `barcode ${taken.barcodes[0]} is already used by product FOREIGN`,
    });
  });

  it('refuses an item whose tax code has no rate, naming the code', async () => {
    const item = at(styleItems(), 0);
    const outcomes = await catalogue().upsertItems([{ ...item, taxCode: 'X9' }]);
    expect(outcomes).toEqual([
      { sku: item.sku, outcome: 'REFUSED', reason: expect.stringContaining('X9') },
    ]);
  });

  it('throws a retriable error when the variants’ answer is lost, and the retry creates nothing twice', async () => {
    const port = catalogue();
    const items = styleItems();
    await port.upsertItems(items.slice(0, 1));
    await admin('POST', '/sitoo/lose-responses', { times: 1, path: 'products' });

    const error = await port.upsertItems(items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ retriable: true });

    expect(tally(await port.upsertItems(items))).toEqual({ UNCHANGED: 15 });
    expect(await held(items.map((item) => item.sku))).toHaveLength(15);
  });

  it.each([
    ['5xx', { errorRate: 1, errorStatus: 503 }, 'CONNECTOR.SERVER_ERROR'],
    ['429', { rateLimitRate: 1, retryAfterSeconds: 0 }, 'CONNECTOR.RATE_LIMITED'],
  ])('throws a retriable error on %s', async (_name, fault, code) => {
    await admin('POST', '/faults', { vendor: 'sitoo', method: 'POST', ...fault });
    const error = await catalogue()
      .upsertItems(styleItems())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code, retriable: true });
    await admin('DELETE', '/faults');
  });
});
