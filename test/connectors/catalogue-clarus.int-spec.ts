import { clarusCatalogue, ClarusClient, ConnectorError } from '@parity/connectors';
import { createClarusSimulator, createSandbox, type RunningSandbox } from '@parity/simulators';
import { at, adminCall, discontinued, styleItems, tally, withPrice } from './catalogue-items';

/*
 * The Clarus catalogue adapter against the simulated WMS over real HTTP: one GraphQL read per
 * batch, one POST per new product and one PUT per changed one, 422s as refusals.
 */

const login = {
  clientId: 'parity-client',
  clientSecret: 'parity-secret',
  username: 'parity-api',
  password: 'api-user-password',
  subdomain: 'acme',
};

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await createSandbox({
    seed: 5,
    simulators: [
      createClarusSimulator({
        clientId: login.clientId,
        clientSecret: login.clientSecret,
        apiUser: { username: login.username, password: login.password },
        subdomain: login.subdomain,
      }),
    ],
  }).listen(0);
});
afterAll(() => sandbox.close());
beforeEach(() => admin('POST', '/reset'));

const admin = <T = unknown>(method: string, path: string, body?: unknown) =>
  adminCall<T>(sandbox.url, method, path, body);
const counters = () => admin<Record<string, number>>('GET', '/clarus/counters');
const products = () =>
  admin<{ sku: string; name: string; active: boolean; barcode: string | null }[]>(
    'GET',
    '/clarus/products',
  );
const catalogue = () =>
  clarusCatalogue(
    new ClarusClient({
      ...login,
      baseUrl: `${sandbox.url}/clarus`,
      requestsPerSecond: 1_000,
      burst: 1_000,
      retry: { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 3 },
    }),
  );

describe('Prima items into Clarus products', () => {
  it('creates a style of 15 once, with one read and one POST each, and a repeat writes nothing', async () => {
    const port = catalogue();
    const items = styleItems();

    expect(tally(await port.upsertItems(items))).toEqual({ CREATED: 15 });
    expect(await counters()).toMatchObject({
      graphqlQueries: 1,
      apiRequests: 15,
      productsCreated: 15,
    });

    expect(tally(await port.upsertItems(items))).toEqual({ UNCHANGED: 15 });
    expect(await counters()).toMatchObject({ graphqlQueries: 2, apiRequests: 15 });
    expect(await products()).toHaveLength(15);
  });

  it('updates a renamed item, leaves a price change alone (Clarus has no prices) and retires a discontinued one', async () => {
    const port = catalogue();
    const style = styleItems();
    const [renamed, repriced, gone] = [at(style, 0), at(style, 1), at(style, 2)];
    await port.upsertItems([renamed, repriced, gone]);

    const outcomes = await port.upsertItems([
      { ...renamed, description: 'Oxford shirt, navy, small' },
      withPrice(repriced, 3900),
      discontinued(gone),
    ]);

    expect(outcomes.map((o) => [o.sku, o.outcome])).toEqual([
      [renamed.sku, 'UPDATED'],
      [repriced.sku, 'UNCHANGED'],
      [gone.sku, 'RETIRED'],
    ]);
    const held = await products();
    expect(held.find((p) => p.sku === renamed.sku)?.name).toBe('Oxford shirt, navy, small');
    expect(held.find((p) => p.sku === gone.sku)?.active).toBe(false);
    expect(tally(await port.upsertItems([discontinued(gone)]))).toEqual({ UNCHANGED: 1 });
  });

  it('refuses the item whose barcode another product holds, in Clarus’s words, and creates the rest', async () => {
    const items = styleItems();
    const taken = at(items, 4);
    await admin('POST', '/clarus/products', {
      sku: 'FOREIGN',
      name: 'Not ours',
      barcode: taken.barcodes[0],
    });

    const outcomes = await catalogue().upsertItems(items);

    expect(tally(outcomes)).toEqual({ CREATED: 14, REFUSED: 1 });
    expect(outcomes.find((o) => o.sku === taken.sku)).toEqual({
      sku: taken.sku,
      outcome: 'REFUSED',
      reason: 'The barcode has already been taken.',
    });
  });

  it('throws a retriable error when a create’s answer is lost, and the retry creates nothing twice', async () => {
    const port = catalogue();
    const items = styleItems();
    await admin('PUT', '/clarus/lost-responses', {
      path: '^/api/products$',
      status: 502,
      times: 1,
    });

    const error = await port.upsertItems(items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ retriable: true });

    const retried = await port.upsertItems(items);
    expect(tally(retried)).toEqual({ UNCHANGED: 1, CREATED: 14 });
    expect(await products()).toHaveLength(15);
  });

  it('throws a retriable error on 429', async () => {
    await admin('POST', '/faults', {
      vendor: 'clarus',
      path: '^/graphql',
      rateLimitRate: 1,
      retryAfterSeconds: 0,
    });
    const error = await catalogue()
      .upsertItems(styleItems())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONNECTOR.RATE_LIMITED', retriable: true });
    await admin('DELETE', '/faults');
  });
});
