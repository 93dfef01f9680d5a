import {
  collect,
  ConnectorError,
  lightspeedCatalogue,
  LightspeedClient,
  LightspeedTokenService,
  type LightspeedTokens,
} from '@parity/connectors';
import { createLightspeedSimulator, createSandbox, type RunningSandbox } from '@parity/simulators';
import { at, adminCall, discontinued, styleItems, tally, withPrice } from './catalogue-items';

/*
 * The Lightspeed catalogue adapter against the simulated R-Series over real HTTP: a style as
 * an ItemMatrix with 15 variant Items, one call per write, DELETE as archive. The account has
 * many registers so its leaky bucket lets a test's writes through without waiting minutes.
 */

const ACCOUNT = '80421';
const CLIENT = { clientId: 'parity-edge', clientSecret: 'sandbox-secret' };
const REGISTERS = 100;
const TAX_CLASSES: Readonly<Record<string, string>> = { S: '1' };

let sandbox: RunningSandbox;
let tokens: LightspeedTokens;
beforeAll(async () => {
  sandbox = await createSandbox({
    seed: 4,
    simulators: [
      createLightspeedSimulator({
        accountId: ACCOUNT,
        ...CLIENT,
        initialRefreshToken: 'first-refresh',
        registers: REGISTERS,
      }),
    ],
  }).listen(0);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await admin('POST', '/reset');
  tokens = { accessToken: '', refreshToken: 'first-refresh', expiresAt: 0 };
});

const admin = <T = unknown>(method: string, path: string, body?: unknown) =>
  adminCall<T>(sandbox.url, method, path, body);
const requests = async () =>
  (await admin<{ method: string; path: string }[]>('GET', '/lightspeed/requests')).map(
    (r) => `${r.method} ${r.path.split('?')[0]?.replace(/^.*\/Account\/\d+\//, '')}`,
  );
const client = () =>
  new LightspeedClient({
    baseUrl: `${sandbox.url}/lightspeed`,
    accountId: ACCOUNT,
    registers: REGISTERS,
    tokens: new LightspeedTokenService({
      store: { load: async () => tokens, save: async (next) => void (tokens = next) },
      ...CLIENT,
      tokenUrl: `${sandbox.url}/lightspeed/auth/oauth/token`,
    }),
    retry: { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 3 },
  });
const catalogue = () => lightspeedCatalogue(client(), (code) => TAX_CLASSES[code]);
const held = async (skus: readonly string[]) => (await collect(client().itemsBySku(skus))).flat();

describe('Prima items into Lightspeed Items', () => {
  it('creates a style of 15 as one ItemMatrix and 15 variant Items, one call each', async () => {
    const items = styleItems();

    expect(tally(await catalogue().upsertItems(items))).toEqual({ CREATED: 15 });

    const calls = await requests();
    expect(calls.slice(0, 3)).toEqual([
      'GET Item.json',
      'GET ItemMatrix.json',
      'POST ItemMatrix.json',
    ]);
    expect(calls.slice(3)).toEqual(items.map(() => 'POST Item.json'));
    const matrices = (await collect(client().itemMatrices())).flat();
    expect(matrices).toHaveLength(1);
    const variants = await held(items.map((item) => item.sku));
    expect(new Set(variants.map((v) => v.itemMatrixID))).toEqual(
      new Set([at(matrices, 0).itemMatrixID]),
    );
    expect(variants.find((v) => v.customSku === 'OXF-PIN-L')).toMatchObject({
      ean: at(items, 12).barcodes[0],
      taxClassID: '1',
      ItemAttributes: { attribute1: 'Pink', attribute2: 'L' },
      Prices: [{ amount: '45.00', useTypeID: '1' }],
    });
  });

  it('repeats as UNCHANGED with one read and no write', async () => {
    const items = styleItems();
    await catalogue().upsertItems(items);
    const before = (await requests()).length;

    expect(tally(await catalogue().upsertItems(items))).toEqual({ UNCHANGED: 15 });
    expect((await requests()).slice(before)).toEqual(['GET Item.json']);
  });

  it('updates a price with a PUT and archives a discontinued item with a DELETE', async () => {
    const items = styleItems();
    await catalogue().upsertItems(items);
    const before = (await requests()).length;

    const outcomes = await catalogue().upsertItems([
      withPrice(at(items, 0), 3900),
      discontinued(at(items, 1)),
    ]);

    expect(outcomes.map((o) => [o.sku, o.outcome])).toEqual([
      [at(items, 0).sku, 'UPDATED'],
      [at(items, 1).sku, 'RETIRED'],
    ]);
    expect((await requests()).slice(before).map((call) => call.split(' ')[0])).toEqual([
      'GET',
      'PUT',
      'DELETE',
    ]);
    const [repriced, archived] = await held([at(items, 0).sku, at(items, 1).sku]);
    expect(repriced).toMatchObject({ Prices: [{ amount: '39.00' }], archived: 'false' });
    expect(archived).toMatchObject({ archived: 'true' });
  });

  it('refuses the item whose EAN another item holds, in Lightspeed’s words, and creates the rest', async () => {
    const items = styleItems();
    const taken = at(items, 6);
    await admin('POST', '/lightspeed/items', {
      description: 'Not ours',
      price: '1.00',
      ean: taken.barcodes[0],
    });

    const outcomes = await catalogue().upsertItems(items);

    expect(tally(outcomes)).toEqual({ CREATED: 14, REFUSED: 1 });
    expect(outcomes.find((o) => o.sku === taken.sku)).toEqual({
      sku: taken.sku,
      outcome: 'REFUSED',
      reason: `ean ${taken.barcodes[0]} is already used by item 1`,
    });
  });

  it('refuses an item whose tax code maps to no tax class, naming the code', async () => {
    const item = at(styleItems(), 0);
    expect(await catalogue().upsertItems([{ ...item, taxCode: 'X9' }])).toEqual([
      { sku: item.sku, outcome: 'REFUSED', reason: expect.stringContaining('X9') },
    ]);
  });

  it('throws a retriable error when a create’s answer is lost, and the retry creates nothing twice', async () => {
    const items = styleItems();
    await admin('POST', '/faults', {
      vendor: 'lightspeed',
      method: 'POST',
      path: 'ItemMatrix',
      answerLostRate: 1,
      times: 1,
    });

    const error = await catalogue()
      .upsertItems(items)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ retriable: true });

    expect(tally(await catalogue().upsertItems(items))).toEqual({ CREATED: 15 });
    expect((await collect(client().itemMatrices())).flat()).toHaveLength(1);
    expect(await held(items.map((item) => item.sku))).toHaveLength(15);
  });

  it.each([
    ['5xx', { errorRate: 1, errorStatus: 503 }, 'CONNECTOR.SERVER_ERROR'],
    ['429', { rateLimitRate: 1, retryAfterSeconds: 0 }, 'CONNECTOR.RATE_LIMITED'],
  ])('throws a retriable error on %s', async (_name, fault, code) => {
    await admin('POST', '/faults', { vendor: 'lightspeed', method: 'POST', ...fault });
    const error = await catalogue()
      .upsertItems(styleItems())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code, retriable: true });
    await admin('DELETE', '/faults');
  });
});
