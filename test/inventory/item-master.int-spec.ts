import { randomUUID } from 'node:crypto';
import { exceptionTopicFor, Topics, type IntegrationException } from '@parity/contracts';
import type { ServiceProcess } from '@parity/launcher';
import {
  createClarusSimulator,
  createLightspeedSimulator,
  createPeoplevoxSimulator,
  createPrimaSimulator,
  createSandbox,
  createSitooSimulator,
  type RunningSandbox,
} from '@parity/simulators';
import { worldProblems, worldTablesSchema, type WorldTables } from '@parity/world';
import { startEdge } from '../support/edge-harness';
import { sandboxAdmin } from '../support/sandbox-admin';
import { endOffsetsOf, readTopicUntil, type StartOffsets } from '../support/read-topic';
import {
  decodeWithCatalogSchema,
  INVENTORY_TEST_PORT,
  InventoryStack,
  migrateInventory,
  startInventory,
  stockMovement,
} from './inventory-stack';

/** Apart from the edge tests' (3150) and the ATS push tests' (3151) edges. */
const EDGE_PORT = 3152;
const RUN = randomUUID().slice(0, 6).toUpperCase();
const VENDORS = {
  prima: { clientId: 'parity-inventory', clientSecret: 'prima-secret', companyId: `C${RUN}` },
  peoplevox: { clientId: `PVX${RUN}`, username: 'parity', password: 'peoplevox-password' },
  clarus: {
    clientId: 'parity',
    clientSecret: 'clarus-secret',
    apiUser: { username: 'parity-api', password: 'clarus-password' },
    subdomain: `acme${RUN.toLowerCase()}`,
  },
  sitoo: { accountId: `7${Date.now() % 100_000}`, apiId: 'api-inventory', password: 'sitoo-pw' },
  lightspeed: {
    accountId: `8${Date.now() % 100_000}`,
    clientId: 'parity-inventory',
    clientSecret: 'lightspeed-secret',
    initialRefreshToken: `inventory-first-refresh-${RUN}`,
    // Enough registers that the account's leaky bucket lets a test's writes through in seconds.
    registers: 100,
  },
};
const TARGETS = ['PEOPLEVOX', 'CLARUS', 'SITOO', 'LIGHTSPEED'] as const;
const COLOURS = ['Navy', 'White', 'Pink'] as const;
const SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const;

interface PrimaItem {
  itemCode: string;
  description: string;
  productStatus: 'FULL';
  parentItemCode: string | null;
  attributes: { colour?: string; size?: string };
  barcodes: { barcode: string; type: 'EAN13' }[];
  vatCode: 'S20';
  sellPrice: { net: string; gross: string; currency: 'GBP' };
}
interface DocumentRow {
  type: string;
  key: string;
  status: string;
  revision: string;
  last_error: string | null;
}

let barcodes = 0;
/** A 13-digit code no other item of this run holds. */
const nextBarcode = () =>
  `50${RUN.replace(/\D/g, '7').padEnd(5, '7').slice(0, 5)}${String(++barcodes).padStart(6, '0')}`;

function primaItem(
  sku: string,
  gross: number,
  style?: { code: string; colour: string; size: string },
): PrimaItem {
  const money = (minor: number) => (minor / 100).toFixed(2);
  return {
    itemCode: sku,
    description: style ? `Linen shirt ${style.colour} ${style.size}` : `Tote ${sku}`,
    productStatus: 'FULL',
    parentItemCode: style?.code ?? null,
    attributes: style ? { colour: style.colour, size: style.size } : {},
    barcodes: [{ barcode: nextBarcode(), type: 'EAN13' }],
    vatCode: 'S20',
    sellPrice: { net: money((gross * 5) / 6), gross: money(gross), currency: 'GBP' },
  };
}

function styleOf(code: string, gross: number): PrimaItem[] {
  return COLOURS.flatMap((colour) =>
    SIZES.map((size) =>
      primaItem(`${code}-${colour.slice(0, 3).toUpperCase()}-${size}`, gross, {
        code,
        colour,
        size,
      }),
    ),
  );
}

/**
 * Prima's item master into every WMS and till, starting at Prima: items made in the Prima
 * simulator are read by the built edge, and the built inventory creates them in the Peoplevox,
 * Clarus, Sitoo and Lightspeed simulators over HTTP, gating each SKU's available-to-sell at 0
 * until it exists everywhere.
 */
describe('inventory: the item master in every warehouse and till', () => {
  const stack = new InventoryStack();
  let sandbox: RunningSandbox;
  let inventory: ServiceProcess;
  let edge: ServiceProcess;
  const styleCode = `LIN${RUN}`;
  const style = styleOf(styleCode, 4_800);
  const styleSkus = style.map((item) => item.itemCode);

  const admin = <T = unknown>(path: string, body?: unknown, method?: string) =>
    sandboxAdmin<T>(sandbox.url, path, body, method);

  const documents = (skus: readonly string[]): Promise<DocumentRow[]> =>
    stack.db.query(
      `SELECT type, key, status, revision, last_error FROM inventory.documents
        WHERE type LIKE 'ITEM:%' AND key = ANY($1) ORDER BY type, key`,
      [skus],
    );
  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000) {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 200));
      value = await read();
    }
    return value;
  }
  /** Until every target confirmed these SKUs at a revision of at least `revision`. */
  const confirmedEverywhere = (skus: readonly string[], revision = 1) =>
    until(
      () => documents(skus),
      (rows) =>
        rows.length === skus.length * TARGETS.length &&
        rows.every((r) => r.status === 'CONFIRMED' && Number(r.revision) >= revision),
    );

  const peoplevoxItems = (skus: readonly string[]) =>
    admin<{ itemCode: string; retailPrice: string }[]>('peoplevox/items').then((items) =>
      items.filter((i) => skus.includes(i.itemCode)),
    );
  const clarusProducts = (skus: readonly string[]) =>
    admin<{ sku: string }[]>('clarus/products').then((p) => p.filter((i) => skus.includes(i.sku)));
  const sitooProducts = (skus: readonly string[]) =>
    admin<{ sku: string; productid: number; variantparentid: number | null; moneyprice: string }[]>(
      'sitoo/products',
    ).then((p) => p.filter((i) => skus.includes(i.sku)));
  const lightspeedItems = (skus: readonly string[]) =>
    admin<{ customSku: string; itemMatrixID: string; priceMinor: number }[]>(
      'lightspeed/items',
    ).then((items) => items.filter((i) => skus.includes(i.customSku)));
  /** What each target holds of these SKUs, counted (a second record of a SKU would show here). */
  const heldCounts = async (skus: readonly string[]) => ({
    PEOPLEVOX: (await peoplevoxItems(skus)).length,
    CLARUS: (await clarusProducts(skus)).length,
    SITOO: (await sitooProducts(skus)).length,
    LIGHTSPEED: (await lightspeedItems(skus)).length,
  });

  const itemRecords = async (from: StartOffsets, skus: readonly string[], count: number) =>
    (
      await readTopicUntil(
        stack.kafka,
        Topics.erpItemsV1.name,
        (read) => read.filter((m) => skus.includes(m.key?.toString() ?? '')).length >= count,
        60_000,
        from,
      )
    ).filter((m) => skus.includes(m.key?.toString() ?? ''));

  let itemsFrom: StartOffsets;
  let shopId = '';
  let warehouseId = 0;

  beforeAll(async () => {
    await migrateInventory();
    await stack.connect();
    sandbox = await createSandbox({
      seed: 13,
      simulators: [
        createPrimaSimulator(VENDORS.prima),
        createPeoplevoxSimulator(VENDORS.peoplevox),
        createClarusSimulator(VENDORS.clarus),
        createSitooSimulator(VENDORS.sitoo),
        createLightspeedSimulator(VENDORS.lightspeed),
      ],
    }).listen();
    await admin('prima/depots', [
      { depotCode: 'WH1', name: 'Peoplevox warehouse', type: 'WAREHOUSE' },
      { depotCode: 'WH2', name: 'Clarus warehouse', type: 'WAREHOUSE' },
      { depotCode: 'STORE01', name: 'Stockholm store', type: 'STORE' },
    ]);
    [{ warehouseid: warehouseId }] = await admin<{ warehouseid: number }[]>('sitoo/warehouses', [
      { name: 'Stockholm', currencycode: 'GBP' },
    ]);
    ({ shopID: shopId } = await admin<{ shopID: string }>('lightspeed/shops', {
      name: 'Stockholm',
      timeZone: 'Europe/Stockholm',
    }));
    itemsFrom = await endOffsetsOf(stack.kafka, Topics.erpItemsV1.name);
    await stack.skipEarlier(Topics.erpItemsV1);
    const prima = {
      PRIMA_API_URL: `${sandbox.url}/prima`,
      PRIMA_CLIENT_ID: VENDORS.prima.clientId,
      PRIMA_CLIENT_SECRET: VENDORS.prima.clientSecret,
      PRIMA_COMPANY_ID: VENDORS.prima.companyId,
    };
    edge = await startEdge({ ...prima, PRIMA_POLL_INTERVAL_MS: '300' }, EDGE_PORT);
    inventory = await startInventory(
      stack,
      {
        ...prima,
        PEOPLEVOX_API_URL: `${sandbox.url}/peoplevox`,
        PEOPLEVOX_CLIENT_ID: VENDORS.peoplevox.clientId,
        PEOPLEVOX_USERNAME: VENDORS.peoplevox.username,
        PEOPLEVOX_PASSWORD: VENDORS.peoplevox.password,
        CLARUS_API_URL: `${sandbox.url}/clarus`,
        CLARUS_CLIENT_ID: VENDORS.clarus.clientId,
        CLARUS_CLIENT_SECRET: VENDORS.clarus.clientSecret,
        CLARUS_API_USER: VENDORS.clarus.apiUser.username,
        CLARUS_API_PASSWORD: VENDORS.clarus.apiUser.password,
        CLARUS_SUBDOMAIN: VENDORS.clarus.subdomain,
        SITOO_API_URL: `${sandbox.url}/sitoo`,
        SITOO_ACCOUNT_ID: VENDORS.sitoo.accountId,
        SITOO_SITE_ID: '1',
        SITOO_API_ID: VENDORS.sitoo.apiId,
        SITOO_API_PASSWORD: VENDORS.sitoo.password,
        LIGHTSPEED_API_URL: `${sandbox.url}/lightspeed`,
        LIGHTSPEED_TOKEN_URL: `${sandbox.url}/lightspeed/auth/oauth/token`,
        LIGHTSPEED_ACCOUNT_ID: VENDORS.lightspeed.accountId,
        LIGHTSPEED_CLIENT_ID: VENDORS.lightspeed.clientId,
        LIGHTSPEED_CLIENT_SECRET: VENDORS.lightspeed.clientSecret,
        LIGHTSPEED_REFRESH_TOKEN: VENDORS.lightspeed.initialRefreshToken,
        LIGHTSPEED_REGISTERS: String(VENDORS.lightspeed.registers),
        // Movements are trusted from zero: this test is about the catalogue, not baselines.
        INVENTORY_BASELINE_FROM_OWNER: 'false',
        INVENTORY_SAFETY_BUFFER: '0',
        INVENTORY_PUSH_LOW_STOCK_UNITS: '1000',
      },
      catalogueWorld(warehouseId, shopId),
    );
  });

  afterAll(async () => {
    expect(await inventory?.stop()).toBe(0);
    expect(await edge?.stop()).toBe(0);
    await sandbox?.close();
    await stack.close();
  });

  it('creates a new style of 3 colours × 5 sizes in all four targets once, grouped as each target groups a style', async () => {
    await admin('prima/items', style);
    const rows = await confirmedEverywhere(styleSkus);
    expect(rows.map((r) => r.status)).toEqual(Array(60).fill('CONFIRMED'));
    expect(await heldCounts(styleSkus)).toEqual({
      PEOPLEVOX: 15,
      CLARUS: 15,
      SITOO: 15,
      LIGHTSPEED: 15,
    });
    // Sitoo: one variant group; Lightspeed: one item matrix.
    const sitoo = await sitooProducts(styleSkus);
    expect(new Set(sitoo.map((p) => p.variantparentid)).size).toBe(1);
    const lightspeed = await lightspeedItems(styleSkus);
    expect(new Set(lightspeed.map((i) => i.itemMatrixID)).size).toBe(1);
    expect(lightspeed[0]?.itemMatrixID).not.toBe('0');
    const ready: { n: number }[] = await stack.db.query(
      `SELECT count(*)::int AS n FROM inventory.catalogue_items WHERE sku = ANY($1) AND ready_at IS NOT NULL`,
      [styleSkus],
    );
    expect(ready[0]?.n).toBe(15);
    // What an operator following the load sees (`npm run documents -- progress`).
    const progress = await fetch(
      `http://127.0.0.1:${INVENTORY_TEST_PORT}/documents/progress?key=${styleCode}-*`,
    ).then((r) => r.json() as Promise<{ type: string; pending: number; confirmed: object }[]>);
    expect(progress.map((p) => [p.type, p.pending, p.confirmed])).toEqual(
      TARGETS.map((t) => [`ITEM:${t}`, 0, { CREATED: 15 }]).sort(),
    );
  });

  it('takes a price change to all four once, and a replay of the item events creates nothing new', async () => {
    const repriced = style.map((item) => ({
      ...item,
      sellPrice: { net: '45.00', gross: '54.00', currency: 'GBP' as const },
    }));
    await admin('prima/items', repriced);
    const rows = await confirmedEverywhere(styleSkus, 2);
    expect(rows.map((r) => Number(r.revision))).toEqual(Array(60).fill(2));
    expect((await peoplevoxItems(styleSkus)).map((i) => i.retailPrice)).toEqual(
      Array(15).fill('54.00'),
    );
    expect((await sitooProducts(styleSkus)).map((p) => p.moneyprice)).toEqual(
      Array(15).fill('54.00'),
    );
    expect((await lightspeedItems(styleSkus)).map((i) => i.priceMinor)).toEqual(
      Array(15).fill(5_400),
    );

    // Every version of the style's items again, as a replay would bring them; then a later
    // item, whose confirmation everywhere marks that the replay was consumed.
    const records = await itemRecords(itemsFrom, styleSkus, 30);
    const replay = stack.kafka.producer();
    await replay.connect();
    await replay.send({
      topic: Topics.erpItemsV1.name,
      acks: -1,
      messages: records.map((m) => ({ key: m.key, value: m.value })),
    });
    await replay.disconnect();
    const marker = primaItem(`MARK${RUN}`, 1_200);
    await admin('prima/items', [marker]);
    await confirmedEverywhere([marker.itemCode]);
    expect((await documents(styleSkus)).map((r) => Number(r.revision))).toEqual(Array(60).fill(2));
    expect(await heldCounts(styleSkus)).toEqual({
      PEOPLEVOX: 15,
      CLARUS: 15,
      SITOO: 15,
      LIGHTSPEED: 15,
    });
  });

  it('keeps a SKU Peoplevox refuses unsellable, raises one exception, and sells it after the fix and a retry', async () => {
    const item = primaItem(`REF${RUN}`, 2_400);
    const clash = `CLASH${RUN}`;
    const barcode = item.barcodes[0]?.barcode ?? '';
    // Another Peoplevox item holds the barcode, so Peoplevox refuses the new one.
    await admin('peoplevox/items', [{ itemCode: clash, name: 'Old tote', barcode }]);
    const exceptionsFrom = await endOffsetsOf(stack.kafka, exceptionTopicFor('DATA').name);
    const pushesBefore = await primaPushes(item.itemCode);
    await admin('prima/items', [item]);

    const [refused] = await until(
      () =>
        documents([item.itemCode]).then((rows) => rows.filter((r) => r.type === 'ITEM:PEOPLEVOX')),
      (rows) => rows[0]?.status === 'REFUSED',
    );
    expect(refused?.last_error).toContain(barcode);
    const raised = await exceptionsAbout(exceptionsFrom, item.itemCode, 1);
    expect(raised.map((e) => [e.type, e.team, e.clears, e.details['target']])).toEqual([
      ['SKU_NOT_READY', 'DATA', false, 'PEOPLEVOX'],
    ]);

    // Stock arrives at the warehouse: Prima is told none of it is sellable.
    await stack.produce([stockMovement(item.itemCode, 'WH1', 1, 'RECEIPT', 10)]);
    const gated = await until(
      () => primaPushes(item.itemCode).then((p) => p.slice(pushesBefore.length)),
      (p) => p.some((row) => row.quantityOnHand === 10),
    );
    expect(
      gated.filter((row) => row.quantityOnHand === 10).map((row) => row.quantityAllocated),
    ).toEqual([10]);

    // The data team frees the barcode in Peoplevox and retries the document.
    await admin('peoplevox/items', [{ itemCode: clash, name: 'Old tote', barcode: nextBarcode() }]);
    const retried = await fetch(`http://127.0.0.1:${INVENTORY_TEST_PORT}/documents/retry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        filter: { type: 'ITEM:PEOPLEVOX', key: item.itemCode },
        by: 'data@retailer.example',
        reason: 'barcode freed in Peoplevox',
      }),
    });
    expect(retried.status).toBeLessThan(300);
    await confirmedEverywhere([item.itemCode]);
    const sellable = await until(
      () => primaPushes(item.itemCode),
      (p) => p.some((row) => row.quantityOnHand === 10 && row.quantityAllocated === 0),
    );
    expect(sellable.at(-1)).toMatchObject({ quantityOnHand: 10, quantityAllocated: 0 });
    const [, cleared] = await exceptionsAbout(exceptionsFrom, item.itemCode, 2);
    expect(cleared).toMatchObject({
      type: 'SKU_NOT_READY',
      clears: true,
      fingerprint: raised[0]?.fingerprint,
    });
  });

  const primaPushes = async (sku: string) =>
    (
      await admin<
        { rows: { itemCode: string; quantityOnHand: number; quantityAllocated: number }[] }[]
      >('prima/stock-level-pushes')
    ).flatMap((push) => push.rows.filter((row) => row.itemCode === sku));

  const exceptionsAbout = async (from: StartOffsets, sku: string, count: number) => {
    const topic = exceptionTopicFor('DATA');
    const ours = (read: readonly { value: Buffer | null }[]) =>
      read
        .map((m) => decodeWithCatalogSchema(topic, m.value) as IntegrationException)
        .filter((e) => e.entityId === sku);
    return ours(
      await readTopicUntil(
        stack.kafka,
        topic.name,
        (read) => ours(read).length >= count,
        60_000,
        from,
      ),
    );
  };
});

/** The test's world: a warehouse on each WMS, a store with a till of each kind, UK VAT. */
function catalogueWorld(sitooWarehouseId: number, lightspeedShopId: string): WorldTables {
  const world = worldTablesSchema.parse({
    stores: [{ code: 'STH' }],
    depots: [
      { code: 'WH1', owner: 'PEOPLEVOX', wms: 'PEOPLEVOX', push: { prima: true } },
      { code: 'WH2', owner: 'CLARUS', wms: 'CLARUS' },
      {
        code: 'STORE01',
        owner: 'PRIMA',
        store: 'STH',
        push: { sitooWarehouseId, lightspeedShopId },
      },
    ],
    vendorLocations: [
      { vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'WH1' },
      { vendor: 'CLARUS', location: 'MAIN', depot: 'WH2' },
    ],
    vatCodes: [{ code: 'S20', rateBasisPoints: 2000 }],
    taxClasses: [{ vendor: 'LIGHTSPEED', taxClass: '1', vatCode: 'S20' }],
  });
  const problems = worldProblems(world);
  if (problems.length > 0) throw new Error(`inconsistent test world: ${problems.join('; ')}`);
  return world;
}
