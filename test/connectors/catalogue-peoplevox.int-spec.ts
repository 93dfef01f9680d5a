import { ConnectorError, peoplevoxCatalogue, PeoplevoxClient } from '@parity/connectors';
import { createPeoplevoxSimulator, createSandbox, type RunningSandbox } from '@parity/simulators';
import { at, adminCall, discontinued, styleItems, tally, withPrice } from './catalogue-items';

/*
 * The Peoplevox catalogue adapter against the simulated WMS over real HTTP: item types read
 * with one search and saved with one SaveData per batch, row errors as refusals, deletion as
 * retirement. No stack needed: the sandbox runs in-process.
 */

const credentials = { clientId: 'ACME', username: 'parity', password: 's3cret' };
const RETRY = { initialMs: 5, maxMs: 20, multiplier: 2, maxAttempts: 3 };

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await createSandbox({
    seed: 3,
    simulators: [createPeoplevoxSimulator(credentials)],
  }).listen(0);
});
afterAll(() => sandbox.close());
beforeEach(() => admin('POST', '/reset'));

const admin = <T = unknown>(method: string, path: string, body?: unknown) =>
  adminCall<T>(sandbox.url, method, path, body);
const counters = () => admin<Record<string, number>>('GET', '/peoplevox/counters');
const saved = () =>
  admin<{ itemCode: string; retailPrice: string; name: string }[]>(
    'GET',
    '/peoplevox/items?origin=api',
  );
const catalogue = () =>
  peoplevoxCatalogue(
    new PeoplevoxClient({
      baseUrl: `${sandbox.url}/peoplevox`,
      ...credentials,
      callsPerSecond: 1_000,
      retry: RETRY,
    }),
  );

describe('Prima items into Peoplevox item types', () => {
  it('creates a style of 15 once, in one search and one save, and a repeat changes nothing', async () => {
    const port = catalogue();
    const items = styleItems();

    const first = await port.upsertItems(items);
    expect(tally(first)).toEqual({ CREATED: 15 });
    expect(first[0]).toEqual({ sku: 'OXF-NAV-S', outcome: 'CREATED', vendorRef: 'OXF-NAV-S' });
    expect(await counters()).toMatchObject({ GetData: 1, SaveData: 1 });
    expect(await saved()).toHaveLength(15);

    expect(tally(await port.upsertItems(items))).toEqual({ UNCHANGED: 15 });
    expect(await counters()).toMatchObject({ GetData: 2, SaveData: 1 });
  });

  it('saves a price change and deletes a discontinued item', async () => {
    const port = catalogue();
    const style = styleItems();
    const [first, second, rest] = [at(style, 0), at(style, 1), style.slice(2)];
    await port.upsertItems([first, second, ...rest]);

    const outcomes = await port.upsertItems([withPrice(first, 3900), discontinued(second)]);

    expect(outcomes).toEqual(
      expect.arrayContaining([
        { sku: first.sku, outcome: 'UPDATED', vendorRef: first.sku },
        { sku: second.sku, outcome: 'RETIRED', vendorRef: second.sku },
      ]),
    );
    const items = await saved();
    expect(items.find((item) => item.itemCode === first.sku)?.retailPrice).toBe('39.00');
    expect(items.map((item) => item.itemCode)).not.toContain(second.sku);
  });

  it('refuses the one item Peoplevox refuses, in its words, and saves the rest', async () => {
    const items = styleItems();
    const taken = at(items, 6);
    await admin('POST', '/peoplevox/items', [
      { itemCode: 'FOREIGN-1', name: 'Not Parity’s', barcode: taken.barcodes[0] },
    ]);

    const outcomes = await catalogue().upsertItems(items);

    expect(tally(outcomes)).toEqual({ CREATED: 14, REFUSED: 1 });
    expect(outcomes.find((o) => o.sku === taken.sku)).toEqual({
      sku: taken.sku,
      outcome: 'REFUSED',
      reason: `Barcode ${taken.barcodes[0]} is already used by item FOREIGN-1`,
    });
    expect(await saved()).toHaveLength(14);
  });

  it('refuses a non-stock item without sending it', async () => {
    const item = at(styleItems(), 0);
    const outcomes = await catalogue().upsertItems([{ ...item, isStockItem: false }]);
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'REFUSED' })]);
    expect((await counters())['SaveData']).toBeUndefined();
  });

  it('throws a retriable error when the save’s answers are lost, and the retry saves nothing twice', async () => {
    const port = catalogue();
    const items = styleItems();
    await admin('PUT', '/peoplevox/lost-answers', {
      operation: 'SaveData',
      times: RETRY.maxAttempts,
      status: 503,
    });

    const error = await port.upsertItems(items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ retriable: true });

    expect(tally(await port.upsertItems(items))).toEqual({ UNCHANGED: 15 });
    expect(await saved()).toHaveLength(15);
  });

  it('throws a retriable error on 429', async () => {
    await admin('POST', '/faults', { vendor: 'peoplevox', rateLimitRate: 1, retryAfterSeconds: 0 });
    const error = await catalogue()
      .upsertItems(styleItems())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONNECTOR.RATE_LIMITED', retriable: true });
    await admin('DELETE', '/faults');
  });
});
