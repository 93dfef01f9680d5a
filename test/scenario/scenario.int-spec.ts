import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  allSimulators,
  createSandbox,
  scenarioConfig,
  ScenarioDriver,
  type RunningSandbox,
  type ScenarioConfig,
  type ScenarioOverrides,
  type SeededWorld,
  worldModelOf,
} from '@parity/simulators';
import { WorldView, worldProblems } from '@parity/world';
import { PrimaSoapClient, type PrimaItem } from '@parity/connectors';

// The scenario generator against an in-process sandbox with all five simulators, over real
// HTTP. No Kafka and no Parity services: the simulators' figures move only by the driver.

const SMALL: ScenarioOverrides = {
  seed: 11,
  // Far faster than the driver can go, so it runs flat out and the test stays short.
  speed: 100_000,
  durationMinutes: 6,
  stores: { sitoo: 2, lightspeed: 2 },
  warehouses: [
    { depotCode: 'WH1', wms: 'peoplevox', site: 'PrimarySite' },
    { depotCode: 'WH2', wms: 'clarus', site: 'MAIN' },
  ],
  catalogue: { styles: 3, coloursPerStyle: 2, sizesPerStyle: 3, nonStockItems: true },
  startingStock: { perWarehouseSku: 20, perStoreSku: 2 },
  rates: {
    onlineOrdersPerHour: 600,
    posSalesPerHour: 1_200,
    receiptsPerHour: 60,
    adjustmentsPerHour: 120,
  },
  returnRate: 0.2,
  exchangeRate: 0.1,
  beliefRefreshMs: 0,
};

let sandbox: RunningSandbox;

beforeEach(async () => {
  sandbox = await createSandbox({ seed: 1, simulators: allSimulators({}) }).listen(0);
});

afterEach(() => sandbox.close());

async function admin<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
  const response = await fetch(`${sandbox.url}/admin/${path}`, {
    method: init?.method ?? 'GET',
    headers: { 'content-type': 'application/json' },
    body: init ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function seeded(config: ScenarioConfig) {
  const driver = new ScenarioDriver({ sandboxUrl: sandbox.url, config });
  const world = await driver.seed();
  return { driver, world };
}

/** Reads through a vendor's own API where its admin API has no listing of what was seeded. */
const vendorApi = {
  async primaItems(): Promise<
    {
      itemCode: string;
      parentItemCode: string | null;
      productStatus: string;
      attributes: { colour?: string; size?: string };
    }[]
  > {
    const prima = new PrimaSoapClient({
      baseUrl: `${sandbox.url}/prima`,
      clientId: 'parity',
      clientSecret: 'sandbox-prima-secret',
      companyId: 'ACME',
    });
    const items: PrimaItem[] = [];
    for await (const item of prima.itemsModifiedSince(new Date(0))) items.push(item);
    return items;
  },
  async sitooProducts(): Promise<
    { productid: number; sku: string; variantparentid: number | null }[]
  > {
    const auth = Buffer.from('parity:sandbox-sitoo-password').toString('base64');
    const page = await fetch(
      `${sandbox.url}/sitoo/v2/accounts/90210/sites/1/products.json?num=100`,
      { headers: { authorization: `Basic ${auth}` } },
    ).then((r) => r.json() as Promise<{ items: never[] }>);
    return page.items;
  },
  async lightspeedItems(): Promise<
    {
      customSku: string;
      itemMatrixID: string;
      ItemAttributes?: { attribute1: string; attribute2: string };
    }[]
  > {
    const token = await fetch(`${sandbox.url}/lightspeed/auth/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=sandbox-refresh&client_id=parity-edge&client_secret=sandbox-lightspeed-secret',
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const page = await fetch(`${sandbox.url}/lightspeed/API/V3/Account/80421/Item.json?limit=100`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    }).then((r) => r.json() as Promise<{ Item: never[] }>);
    return page.Item;
  },
};

describe('seeding', () => {
  it('puts the same SKUs, with the same matrix variants, in every system', async () => {
    const { world } = await seeded(scenarioConfig('clean', SMALL));
    const skus = [...world.skus].sort();
    expect(skus).toHaveLength(3 * 2 * 3);
    const faultSkus = ['KIDS-TEE-Z0', 'PRICE-CLASH-01'];

    // Prima: children under their style, NON_STOCK gift cards and services.
    const primaItems = await vendorApi.primaItems();
    const children = primaItems.filter((item) => item.parentItemCode !== null);
    expect(children.map((item) => item.itemCode).sort()).toEqual(skus);
    for (const child of children) {
      const [style, colour, size] = child.itemCode.split('-');
      expect(child.parentItemCode).toBe(style);
      expect(child.attributes).toEqual({ colour, size });
    }
    expect(
      primaItems
        .filter((i) => i.productStatus === 'NON_STOCK')
        .map((i) => i.itemCode)
        .sort(),
    ).toEqual(['ALTER-HEM', 'GIFTCARD-30', 'MISC-OPEN']);

    // The WMS: stock items only, never the non-stock ones.
    const pvx =
      await admin<{ itemCode: string; stock: Record<string, { onHand: number }> }[]>(
        'peoplevox/items',
      );
    expect(pvx.map((item) => item.itemCode).sort()).toEqual([...faultSkus, ...skus].sort());
    for (const sku of skus)
      expect(pvx.find((i) => i.itemCode === sku)?.stock['PrimarySite']?.onHand).toBe(20);
    const clarus = await admin<{ sku: string }[]>('clarus/products');
    expect(clarus.map((product) => product.sku).sort()).toEqual([...faultSkus, ...skus].sort());

    // Sitoo: variants point at their style's product; each store holds its starting stock.
    const sitoo = await vendorApi.sitooProducts();
    const sitooId = new Map(sitoo.map((p) => [p.sku, p.productid]));
    for (const sku of skus) {
      const variant = sitoo.find((p) => p.sku === sku);
      expect(variant?.variantparentid).toBe(sitooId.get(sku.split('-')[0] as string));
    }
    for (const store of world.stores.filter((s) => s.till === 'sitoo')) {
      const stock = await admin<{ sku: string; decimaltotal: string }[]>(
        `sitoo/stock/${store.tillLocationId}`,
      );
      expect(stock.map((row) => row.sku).sort()).toEqual(skus);
      expect(new Set(stock.map((row) => row.decimaltotal))).toEqual(new Set(['2.000']));
    }

    // Lightspeed: customSku is Prima's item code; a style's variants share one matrix.
    const lightspeed = await vendorApi.lightspeedItems();
    const variants = lightspeed.filter((item) => item.itemMatrixID !== '0');
    expect(variants.map((item) => item.customSku).sort()).toEqual(skus);
    for (const style of world.catalogue.styles) {
      const inStyle = variants.filter((item) => item.customSku.startsWith(style.styleCode));
      expect(new Set(inStyle.map((item) => item.itemMatrixID)).size).toBe(1);
      for (const item of inStyle) {
        const [, colour, size] = item.customSku.split('-');
        expect(item.ItemAttributes).toMatchObject({ attribute1: colour, attribute2: size });
      }
    }

    // Parity's configuration, written from the world: a consistent world model.
    const model = worldModelOf(world);
    expect(worldProblems(model)).toEqual([]);
    const view = new WorldView(model, 1);
    expect(view.wmsOf('WH1')).toEqual({ wms: 'PEOPLEVOX', location: 'PrimarySite' });
    expect(view.wmsOf('WH2')).toEqual({ wms: 'CLARUS', location: 'MAIN' });
    for (const store of world.stores) {
      const till = store.till === 'sitoo' ? 'SITOO' : 'LIGHTSPEED';
      expect(view.storeOfShop(till, store.tillLocationId)).toBe(store.storeCode);
      expect(view.depotOfVendorLocation(till, store.tillLocationId)).toBe(store.storeCode);
    }
    expect(Object.fromEntries(model.depots.map((d) => [d.code, d.owner]))).toEqual({
      WH1: 'PEOPLEVOX',
      WH2: 'CLARUS',
      STORE01: 'PRIMA',
      STORE02: 'PRIMA',
      STORE03: 'PRIMA',
      STORE04: 'PRIMA',
    });
  });
});

describe('a peak run', () => {
  async function playPeak(): Promise<{ driver: ScenarioDriver; world: SeededWorld }> {
    const { driver, world } = await seeded(scenarioConfig('peak', SMALL));
    await driver.run();
    return { driver, world };
  }

  it('is deterministic for a seed, and its tally matches what the simulators report', async () => {
    const first = await playPeak();
    await sandbox.close();
    sandbox = await createSandbox({ seed: 1, simulators: allSimulators({}) }).listen(0);
    const { driver, world } = await playPeak();
    const tally = driver.tally;
    expect(tally).toEqual(first.driver.tally);
    expect(tally.done.posSale).toBeGreaterThan(50);
    expect(tally.done.onlineOrder).toBeGreaterThan(20);
    expect(tally.done.return + tally.done.exchange).toBeGreaterThan(0);
    expect(tally.posLines.discounted).toBeGreaterThan(0);
    // Nobody pushed wrong figures to any channel, so nothing was oversold.
    expect(tally.oversells).toEqual({ posLines: 0, posUnits: 0, onlineLines: 0, onlineUnits: 0 });

    const webOrders = await admin<
      { depotCode: string; lines: { itemCode: string; quantityOrdered: number }[] }[]
    >('prima/sales-orders?orderSource=WEB');
    expect(webOrders).toHaveLength(tally.done.onlineOrder);
    expect(webOrders.flatMap((o) => o.lines)).toHaveLength(tally.units.onlineOrdered);

    const sitooCounters = await admin<{ orders: number }>('sitoo/counters');
    expect(sitooCounters.orders).toBe(tally.tillTransactions.sitoo);

    const physical = new Map(
      driver.physicalStock().map(([loc, sku, units]) => [`${loc}|${sku}`, units]),
    );
    for (const store of world.stores.filter((s) => s.till === 'sitoo')) {
      const stock = await admin<{ sku: string; decimaltotal: string }[]>(
        `sitoo/stock/${store.tillLocationId}`,
      );
      // Non-stock items have rows too (Sitoo counts them below zero); compare the stocked SKUs.
      for (const row of stock.filter((r) => world.skus.includes(r.sku))) {
        expect(Number(row.decimaltotal)).toBe(physical.get(`${store.storeCode}|${row.sku}`));
      }
    }
    // Peoplevox has not yet allocated the web orders (no Parity to release them), so its
    // available stock is the driver's physical figure plus what those orders claimed.
    const claimed = new Map<string, number>();
    for (const order of webOrders.filter((o) => o.depotCode === 'WH1')) {
      for (const line of order.lines)
        claimed.set(line.itemCode, (claimed.get(line.itemCode) ?? 0) + line.quantityOrdered);
    }
    const pvx =
      await admin<{ itemCode: string; stock: Record<string, { available: number }> }[]>(
        'peoplevox/items',
      );
    for (const sku of world.skus) {
      const available = pvx.find((item) => item.itemCode === sku)?.stock['PrimarySite']?.available;
      expect(available).toBe((physical.get(`WH1|${sku}`) ?? 0) + (claimed.get(sku) ?? 0));
    }
    const clarusReceipts = await admin<unknown[]>('clarus/goods-in-receipts');
    expect(clarusReceipts.length).toBeLessThanOrEqual(tally.done.receipt);
    expect(clarusReceipts.length).toBeGreaterThan(0);
  });
});

describe('a dirty run', () => {
  let edge: Server;
  let malformedReceived: number;

  beforeEach(async () => {
    malformedReceived = 0;
    edge = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        malformedReceived += 1;
        res.writeHead(422).end();
      });
    });
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
  });

  afterEach(() => new Promise<void>((resolve) => edge.close(() => resolve())));

  it('plants every kind of bad data at the configured rates', async () => {
    const { port } = edge.address() as AddressInfo;
    const rate = 0.1;
    const config = scenarioConfig('dirty', {
      ...SMALL,
      badData: {
        unknownSku: rate,
        unmappedShop: rate,
        taxMismatch: rate,
        totalsMismatch: rate,
        malformedPayload: rate,
      },
      edgeWebhook: { url: `http://127.0.0.1:${port}/hooks/sitoo/secret/events`, headers: {} },
    });
    const { driver, world } = await seeded(config);
    expect(world.unmappedStores.map((s) => s.till).sort()).toEqual(['lightspeed', 'sitoo']);
    const tally = await driver.run();

    expect(tally.badData.malformedPayload).toBe(malformedReceived);
    expect(tally.malformedSkipped).toBe(0);
    const sales = tally.done.posSale;
    for (const type of [
      'unknownSku',
      'unmappedShop',
      'taxMismatch',
      'totalsMismatch',
      'malformedPayload',
    ] as const) {
      // Binomial(sales, 0.1): within four standard deviations for a fixed seed.
      const expected = sales * rate;
      expect(Math.abs(tally.badData[type] - expected)).toBeLessThan(
        4 * Math.sqrt(expected * (1 - rate)) + 1,
      );
      expect(tally.badData[type]).toBeGreaterThan(0);
    }

    // The Sitoo pop-up's sales are in Sitoo, at a warehouse the world model does not know.
    const popUp = world.unmappedStores.find((s) => s.till === 'sitoo');
    const view = new WorldView(worldModelOf(world), 1);
    expect(view.storeOfShop('SITOO', popUp?.tillLocationId ?? '')).toBeUndefined();
  });

  it('counts malformed payloads as skipped when no edge URL is given', async () => {
    const config = scenarioConfig('dirty', { ...SMALL, badData: { malformedPayload: 0.2 } });
    const { driver } = await seeded(config);
    const tally = await driver.run();
    expect(tally.badData.malformedPayload).toBe(0);
    expect(tally.malformedSkipped).toBeGreaterThan(0);
    expect(malformedReceived).toBe(0);
  });
});

describe('oversell counting', () => {
  it('counts units a till sold on a figure that was higher than what was on the shelf', async () => {
    const { driver, world } = await seeded(scenarioConfig('clean', SMALL));
    const sitooStore = world.stores.find((s) => s.till === 'sitoo');
    const lightspeedStore = world.stores.find((s) => s.till === 'lightspeed');
    if (!sitooStore || !lightspeedStore) throw new Error('the world has both tills');
    const sku = world.skus[0] as string;

    // A bad ATS push: the till now believes it has 5 where 2 are on the shelf.
    await admin('sitoo/stock', {
      method: 'PUT',
      body: [{ warehouseid: Number(sitooStore.tillLocationId), sku, total: '5' }],
    });
    expect(await driver.ringUpSale(sitooStore.storeCode, [{ sku, quantity: 4 }])).toBe(true);
    expect(driver.tally.oversells).toEqual({
      posLines: 1,
      posUnits: 2,
      onlineLines: 0,
      onlineUnits: 0,
    });
    // One left in the till's mind, none on the shelf: sold, and oversold.
    expect(await driver.ringUpSale(sitooStore.storeCode, [{ sku, quantity: 1 }])).toBe(true);
    expect(driver.tally.oversells.posUnits).toBe(3);
    // Now the till believes it has none, so the sale is declined, not oversold.
    expect(await driver.ringUpSale(sitooStore.storeCode, [{ sku, quantity: 1 }])).toBe(false);
    expect(driver.tally.declined.posSale).toBe(1);

    // A till with the right figure sells what is there and no more, oversell-free.
    expect(await driver.ringUpSale(lightspeedStore.storeCode, [{ sku, quantity: 2 }])).toBe(true);
    expect(await driver.ringUpSale(lightspeedStore.storeCode, [{ sku, quantity: 1 }])).toBe(false);
    expect(driver.tally.oversells).toEqual({
      posLines: 2,
      posUnits: 3,
      onlineLines: 0,
      onlineUnits: 0,
    });
  });
});
