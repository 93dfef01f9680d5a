import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  exceptionTopicFor,
  sampleEvents,
  Topics,
  type IntegrationException,
  type SalesOrder,
  type SyncAck,
} from '@parity/contracts';
import type { ServiceProcess } from '@parity/launcher';
import { startEdge } from '../support/edge-harness';
import { endOffsetsOf, readTopicUntil, type StartOffsets } from '../support/read-topic';
import {
  decodeWithCatalogSchema,
  INVENTORY_TEST_PORT,
  InventoryStack,
  metricsOf,
  migrateInventory,
  startInventory,
  stockMovement,
  testWorld,
  type TestPushes,
} from './inventory-stack';
import { PushSandbox } from './push-sandbox';

const execFileAsync = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const uniqueSku = (label: string) => `T-${label}-${randomUUID().slice(0, 8)}`;

interface PrimaStock {
  itemCode: string;
  depotCode: string;
  quantityOnHand: number;
  quantityAllocated: number;
  quantityAvailableToSell: number;
}
interface PrimaPush {
  rows: {
    depotCode: string;
    itemCode: string;
    quantityOnHand: number;
    quantityAllocated: number;
  }[];
}
interface ItemShopUpdate {
  itemID: string;
  shopID: string;
  qoh: number;
}

const LAG_THRESHOLD_MS = 1_500;
/** Apart from the edge tests' own edge (3150). */
const EDGE_PORT = 3151;

/**
 * Inventory's pushes against the sandbox's Prima, Sitoo and Lightspeed over real HTTP: the
 * built service consumes stock movements from the real Kafka, queues and pushes in the real
 * PostgreSQL, and publishes sync acks and exceptions through its outbox. The built edge reads
 * the store depot's figures from Prima's stock change feed (erp.stock-levels.v1).
 */
describe('inventory: available-to-sell pushed to Prima and the tills', () => {
  const stack = new InventoryStack();
  const sandbox = new PushSandbox();
  let service: ServiceProcess;
  let edge: ServiceProcess;
  let warehouseId = 0;
  let shopId = '';
  /** WH1 to Prima, the store to both tills; WH2 nowhere until a test changes the world. */
  let pushes: TestPushes = {};

  beforeAll(async () => {
    await migrateInventory();
    await stack.connect();
    await sandbox.start();
    await sandbox.admin('prima/depots', [
      { depotCode: 'WH1', name: 'Peoplevox warehouse', type: 'WAREHOUSE' },
      { depotCode: 'WH2', name: 'Clarus warehouse', type: 'WAREHOUSE' },
      // Prima's own safety stock makes its ATS differ from its on hand: the tills must get ATS.
      { depotCode: 'STORE01', name: 'Stockholm store', type: 'STORE', safetyStock: 1 },
    ]);
    await sandbox.admin('prima/customers', [
      { accountCode: 'POS-STH', creditLimit: '0.00' },
      { accountCode: 'WEB', creditLimit: '1000000.00' },
    ]);
    [{ warehouseid: warehouseId }] = await sandbox.admin<{ warehouseid: number }[]>(
      'sitoo/warehouses',
      [{ name: 'Stockholm', currencycode: 'SEK' }],
    );
    ({ shopID: shopId } = await sandbox.admin<{ shopID: string }>('lightspeed/shops', {
      name: 'Stockholm',
      timeZone: 'Europe/Stockholm',
    }));
    edge = await startEdge(
      {
        ...sandbox.primaEnv(),
        PRIMA_STOCK_DEPOTS: 'STORE01',
        PRIMA_STOCK_POLL_INTERVAL_MS: '300',
      },
      EDGE_PORT,
    );
    pushes = {
      WH1: { prima: true },
      STORE01: { sitooWarehouseId: warehouseId, lightspeedShopId: shopId },
    };
    service = await startInventory(
      stack,
      {
        ...sandbox.inventoryEnv(),
        INVENTORY_SAFETY_BUFFER: '0',
        // The tills' items are the test's own (seeded in the simulators): inventory keeps no
        // catalogue here, so no SKU waits for readiness (item-master.int-spec.ts tests that).
        INVENTORY_CATALOGUE_TARGETS: '',
        // Every test figure is low stock, so hot: pushed at once.
        INVENTORY_PUSH_LOW_STOCK_UNITS: '1000',
        INVENTORY_SYNC_LAG_THRESHOLD_MS: String(LAG_THRESHOLD_MS),
      },
      testWorld(pushes),
    );
  });

  afterAll(async () => {
    expect(await service?.stop()).toBe(0);
    expect(await edge?.stop()).toBe(0);
    await sandbox.close();
    await stack.close();
  });

  const seedPrimaItem = (sku: string) =>
    sandbox.admin('prima/items', [
      {
        itemCode: sku,
        description: sku,
        productStatus: 'FULL',
        vatCode: 'S20',
        sellPrice: { net: '10.00', gross: '12.00', currency: 'GBP' },
      },
    ]);

  const primaStock = async (sku: string, depot: string) =>
    (await sandbox.admin<PrimaStock[]>('prima/stock')).find(
      (s) => s.itemCode === sku && s.depotCode === depot,
    );

  const primaAckedAts = async (sku: string) => {
    const [row]: { acked_ats: string | null }[] = await stack.db.query(
      `SELECT confirmed_payload->>'ats' AS acked_ats FROM inventory.documents
        WHERE type = 'ATS_PUSH:PRIMA' AND key = 'WH1:' || $1`,
      [sku],
    );
    return row?.acked_ats === null || row === undefined ? undefined : Number(row.acked_ats);
  };

  const pushesOf = async (sku: string) =>
    (await sandbox.admin<PrimaPush[]>('prima/stock-level-pushes')).flatMap((push) =>
      push.rows.filter((row) => row.itemCode === sku),
    );

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 100));
      value = await read();
    }
    return value;
  }

  const acks = async (from: StartOffsets, sku: string, enough: (acks: SyncAck[]) => boolean) => {
    const ours = (read: readonly { value: Buffer | null }[]) =>
      read
        .map((m) => decodeWithCatalogSchema(Topics.inventorySyncAcksV1, m.value))
        .filter((ack) => ack.sku === sku);
    return ours(
      await readTopicUntil(
        stack.kafka,
        Topics.inventorySyncAcksV1.name,
        (read) => enough(ours(read)),
        60_000,
        from,
      ),
    );
  };

  it('lowers the ATS Prima receives for a warehouse depot at the allocation, before any despatch', async () => {
    const sku = uniqueSku('alloc');
    await seedPrimaItem(sku);
    const from = await endOffsetsOf(stack.kafka, Topics.inventorySyncAcksV1.name);
    await stack.produce([
      stockMovement(sku, 'WH1', 1, 'RECEIPT', 10),
      stockMovement(sku, 'WH1', 2, 'ALLOCATION', 4, { orderNo: 'SO-1' }),
    ]);
    const stock = await until(
      () => primaStock(sku, 'WH1'),
      (s) => s?.quantityAvailableToSell === 6,
    );
    // No pick, no despatch: the allocation alone took 4 units off sale in Prima.
    expect(stock).toMatchObject({ quantityOnHand: 10, quantityAvailableToSell: 6 });
    const received = await acks(from, sku, (read) => read.some((a) => a.ats === 6));
    expect(received.at(-1)).toMatchObject({
      depot: 'WH1',
      target: 'PRIMA',
      store: null,
      ats: 6,
      status: 'ACKNOWLEDGED',
      header: { source: 'PRIMA', producedBy: 'inventory/push' },
    });
    const ack = received.at(-1) as SyncAck;
    expect(ack.header.occurredAt).toBeGreaterThanOrEqual(ack.changedAt);
  });

  it("never hands Prima back stock its own orders took, whether or not Parity has seen them yet, and holds them back in Parity's figure once it has", async () => {
    const sku = uniqueSku('order');
    await seedPrimaItem(sku);
    await stack.produce([stockMovement(sku, 'WH1', 1, 'RECEIPT', 10)]);
    await until(
      () => primaStock(sku, 'WH1'),
      (s) => s?.quantityAvailableToSell === 10,
    );
    // A web order authorised in Prima: Prima allocates 3 itself. Parity has not seen it yet.
    const [created] = await sandbox.admin<{ orderNumber: string }[]>('prima/sales-orders', [
      {
        orderSource: 'WEB',
        status: 'AUTHORISED',
        customerAccountCode: 'WEB',
        customerReference: `WEB-${sku}`,
        depotCode: 'WH1',
        currency: 'GBP',
        lines: [{ itemCode: sku, quantityOrdered: 3, unitNetPrice: '10.00', vatCode: 'S20' }],
      },
    ]);
    expect(await primaStock(sku, 'WH1')).toMatchObject({ quantityAvailableToSell: 7 });
    // The warehouse receives one more: Parity pushes 11 on hand, and Prima still counts its order.
    await stack.produce([stockMovement(sku, 'WH1', 2, 'RECEIPT', 1)]);
    const pushed = await until(
      () => primaStock(sku, 'WH1'),
      (s) => s?.quantityOnHand === 11,
    );
    expect(pushed).toMatchObject({ quantityOnHand: 11, quantityAvailableToSell: 8 });

    // Edge publishes the order; Parity holds its 3 units back too, twice delivered or not.
    const orderNo = created?.orderNumber ?? `SO-${sku}`;
    const order: SalesOrder = {
      ...sampleEvents.erpSalesOrdersV1,
      header: { ...sampleEvents.erpSalesOrdersV1.header, eventId: `prima:so:${orderNo}:approved` },
      orderNo,
      depot: 'WH1',
      lines: sampleEvents.erpSalesOrdersV1.lines.map((line) => ({
        ...line,
        sku: line.isStockItem ? sku : line.sku,
        quantity: line.isStockItem ? 3 : line.quantity,
      })),
    };
    await stack.produceOrders([order, order]);
    // Prima acknowledged Parity's new figure (what the queue recorded of Prima's answer).
    const acked = await until(
      () => primaAckedAts(sku),
      (ats) => ats === 8,
    );
    expect(acked).toBe(8);
    expect(await primaStock(sku, 'WH1')).toMatchObject({
      quantityOnHand: 11,
      quantityAvailableToSell: 8,
    });
    const [ledger] = await stack.db.query(
      `SELECT on_hand::int, allocated::int, pending::int FROM inventory.stock_ledger
        WHERE sku = $1 AND depot = 'WH1'`,
      [sku],
    );
    expect(ledger).toEqual({ on_hand: 11, allocated: 0, pending: 3 });
  });

  it('coalesces a burst of 50 changes for one SKU into far fewer pushes, the last one the final ATS', async () => {
    const sku = uniqueSku('burst');
    await seedPrimaItem(sku);
    const burst = Array.from({ length: 50 }, (_, i) =>
      stockMovement(sku, 'WH1', i + 1, 'RECEIPT', 1),
    );
    // Sent one at a time, so the lanes cannot merge them: the queue has to.
    for (const movement of burst) await stack.produce([movement]);
    await until(
      () => primaStock(sku, 'WH1'),
      (s) => s?.quantityAvailableToSell === 50,
    );
    await new Promise((settle) => setTimeout(settle, 1_000)); // any straggler would land now
    const pushed = await pushesOf(sku);
    expect(pushed.length).toBeLessThan(25);
    const last = pushed.at(-1);
    expect(last && last.quantityOnHand - last.quantityAllocated).toBe(50);
    expect((await primaStock(sku, 'WH1'))?.quantityAvailableToSell).toBe(50);
  });

  it("flows a till sale in an ERP-owned store depot to Prima, and Prima's ATS back to the Sitoo and Lightspeed tills", async () => {
    const sku = uniqueSku('store');
    await seedPrimaItem(sku);
    await sandbox.admin('prima/stock', [
      { itemCode: sku, depotCode: 'STORE01', quantityOnHand: 10 },
    ]);
    await sandbox.admin('sitoo/products', [{ sku, moneyprice: '100.00', vatvalue: 25 }]);
    await sandbox.admin('sitoo/stock', [{ warehouseid: warehouseId, sku, total: '10' }], 'PUT');
    const { itemID } = await sandbox.admin<{ itemID: string }>('lightspeed/items', {
      description: sku,
      customSku: sku,
      price: '100.00',
    });
    await sandbox.admin('lightspeed/stock', { itemID, shopID: shopId, qoh: 10 }, 'PUT');
    const from = await endOffsetsOf(stack.kafka, Topics.inventorySyncAcksV1.name);

    // A sale at the till, posted to Prima as the store depot's own sales order (orders' job).
    await sandbox.admin('sitoo/sales', { warehouseid: warehouseId, sold: [{ sku, quantity: 2 }] });
    await sandbox.admin('prima/sales-orders', [
      {
        orderSource: 'POS',
        customerAccountCode: 'POS-STH',
        customerReference: `STH-${sku}`,
        depotCode: 'STORE01',
        currency: 'GBP',
        lines: [{ itemCode: sku, quantityOrdered: 2, unitNetPrice: '10.00', vatCode: 'S20' }],
      },
    ]);
    expect(await primaStock(sku, 'STORE01')).toMatchObject({
      quantityOnHand: 8,
      quantityAvailableToSell: 7,
    });

    // Both tills get Prima's available-to-sell (7), not its on hand (8).
    const received = await acks(
      from,
      sku,
      (read) =>
        read.some((a) => a.target === 'SITOO' && a.ats === 7) &&
        read.some((a) => a.target === 'LIGHTSPEED' && a.ats === 7),
    );
    for (const target of ['SITOO', 'LIGHTSPEED'] as const) {
      expect(received.filter((a) => a.target === target).at(-1)).toMatchObject({
        depot: 'STORE01',
        store: 'STH',
        ats: 7,
        status: 'ACKNOWLEDGED',
      });
    }
    const sitoo = await sandbox.admin<{ sku: string; decimalavailable: string }[]>(
      `sitoo/stock/${warehouseId}`,
    );
    expect(Number(sitoo.find((row) => row.sku === sku)?.decimalavailable)).toBe(7);
    const updates = await sandbox.admin<ItemShopUpdate[]>('lightspeed/item-shop-updates');
    expect(updates.filter((u) => u.itemID === itemID).at(-1)).toMatchObject({ qoh: 7 });
  });

  it('converges on the right figure when Lightspeed answers with bursts of 429', async () => {
    const sku = uniqueSku('ls429');
    await seedPrimaItem(sku);
    await sandbox.admin('prima/stock', [
      { itemCode: sku, depotCode: 'STORE01', quantityOnHand: 6 },
    ]);
    await sandbox.admin('sitoo/products', [{ sku, moneyprice: '100.00', vatvalue: 25 }]);
    const { itemID } = await sandbox.admin<{ itemID: string }>('lightspeed/items', {
      description: sku,
      customSku: sku,
      price: '100.00',
    });
    await sandbox.fault({
      vendor: 'lightspeed',
      method: 'PUT',
      rateLimitRate: 1,
      retryAfterSeconds: 1,
      times: 2,
    });
    // Prima's figure moves twice while Lightspeed refuses: only the latest may land.
    await sandbox.admin('prima/stock', [
      { itemCode: sku, depotCode: 'STORE01', quantityOnHand: 4 },
    ]);
    const updates = await until(
      () => sandbox.admin<ItemShopUpdate[]>('lightspeed/item-shop-updates'),
      (all) => all.some((u) => u.itemID === itemID && u.qoh === 3),
      90_000,
    );
    expect(updates.filter((u) => u.itemID === itemID).at(-1)).toMatchObject({
      shopID: shopId,
      qoh: 3,
    });
    const faults = await sandbox.admin<unknown[]>('faults');
    expect(faults).toEqual([]); // both 429s were served, and the push went through after them
  }, 120_000);

  it('lets an operator find a push Prima refused and retry it once the item exists, through the CLI, audited', async () => {
    const sku = uniqueSku('operator');
    // Not in Prima yet: the push is refused (UNKNOWN_ITEM), and waits for a person.
    await stack.produce([stockMovement(sku, 'WH1', 1, 'RECEIPT', 3)]);
    const cli = (...args: string[]) =>
      execFileAsync(
        resolve(ROOT, 'node_modules/.bin/tsx'),
        ['--tsconfig', 'tsconfig.base.json', 'tools/documents/src/main.ts', ...args],
        { cwd: ROOT },
      ).then((done) => done.stdout);
    const inventoryUrl = `http://127.0.0.1:${INVENTORY_TEST_PORT}`;
    const key = `WH1:${sku}`;
    let listed = '';
    const deadline = Date.now() + 30_000;
    while (!listed.includes('REFUSED') && Date.now() < deadline) {
      listed = await cli('list', '--url', inventoryUrl, '--key', key, '--status', 'REFUSED');
    }
    expect(listed).toContain('ATS_PUSH:PRIMA');
    expect(listed).toContain('UNKNOWN_ITEM');

    await seedPrimaItem(sku);
    const retried = await cli(
      'retry',
      '--url',
      inventoryUrl,
      '--key',
      key,
      '--by',
      'ops@example.com',
      '--reason',
      'item added in Prima',
    );
    expect(JSON.parse(retried)).toEqual({ retried: 1 });
    const stock = await until(
      () => primaStock(sku, 'WH1'),
      (s) => s?.quantityOnHand === 3,
    );
    expect(stock?.quantityAvailableToSell).toBe(3);
    const audit = JSON.parse(
      await fetch(`${inventoryUrl}/documents/audit`).then((r) => r.text()),
    ) as { actor: string; action: string; affected: number; filter: { key?: string } }[];
    expect(audit.find((a) => a.filter.key === key)).toMatchObject({
      actor: 'ops@example.com',
      action: 'RETRY',
      affected: 1,
    });
    // The refusal and the confirmation are counted per target and type on /metrics.
    const metrics = await metricsOf();
    for (const outcome of ['REFUSED', 'CONFIRMED']) {
      expect(metrics).toMatch(
        new RegExp(
          `^parity_documents_outcomes_total\\{target="PRIMA",type="ATS_PUSH:PRIMA",outcome="${outcome}"\\} [1-9]`,
          'm',
        ),
      );
    }
    expect(metrics).toMatch(
      /^parity_documents_queued\{target="PRIMA",type="ATS_PUSH:PRIMA"\} \d+/m,
    );
  }, 90_000);

  it('raises SYNC_LAG_EXCEEDED to the platform team once per SKU and target when Prima is slow', async () => {
    const sku = uniqueSku('lag');
    await seedPrimaItem(sku);
    const topic = exceptionTopicFor('PLATFORM');
    const from = await endOffsetsOf(stack.kafka, topic.name);
    await sandbox.fault({
      vendor: 'prima',
      method: 'POST',
      body: 'StockLevelImport',
      latencyMs: LAG_THRESHOLD_MS + 1_000,
      times: 3,
    });
    for (let seq = 1; seq <= 3; seq++) {
      await stack.produce([stockMovement(sku, 'WH1', seq, 'RECEIPT', 1)]);
      await until(
        () => primaStock(sku, 'WH1'),
        (s) => s?.quantityOnHand === seq,
      );
    }
    const ours = (read: readonly { value: Buffer | null }[]) =>
      read
        .map((m) => decodeWithCatalogSchema<IntegrationException>(topic, m.value))
        .filter((e) => e.entityId === sku && e.type === 'SYNC_LAG_EXCEEDED');
    const raised = ours(
      await readTopicUntil(stack.kafka, topic.name, (read) => ours(read).length > 0, 30_000, from),
    );
    expect(raised[0]).toMatchObject({
      team: 'PLATFORM',
      entityType: 'SKU',
      fingerprint: `SYNC_LAG_EXCEEDED:SKU:${sku}:WH1:PRIMA`,
      details: expect.objectContaining({ target: 'PRIMA', depot: 'WH1' }),
    });
    // Three slow pushes, one alert per window (two only if the run straddles a window's end).
    const perWindow: { n: number }[] = await stack.db.query(
      `SELECT count(*)::int AS n FROM inventory.sync_lag_alerts WHERE sku = $1 GROUP BY window_start`,
      [sku],
    );
    expect(perWindow.length).toBeLessThan(3);
    expect(perWindow.every((w) => w.n === 1)).toBe(true);
  }, 120_000);
  it('starts pushing a depot to Prima once the world model says so, without a restart', async () => {
    const sku = uniqueSku('world');
    await seedPrimaItem(sku);
    const queuedForPrima = async () =>
      (
        (await stack.db.query(
          `SELECT count(*)::int AS n FROM inventory.documents
            WHERE type = 'ATS_PUSH:PRIMA' AND key = 'WH2:' || $1`,
          [sku],
        )) as { n: number }[]
      )[0]?.n;
    // WH2 pushes nowhere yet: its figure is published, and nothing is queued for Prima (the
    // push would have been queued in the transaction that published the figure).
    const from = await endOffsetsOf(stack.kafka, Topics.inventoryAvailabilityV1.name);
    await stack.produce([stockMovement(sku, 'WH2', 1, 'RECEIPT', 4)]);
    await stack.availability(from, new Set([sku]), (events) => events.length >= 1);
    expect(await queuedForPrima()).toBe(0);

    // An operator switches WH2's push to Prima on in the world model.
    const changedAt = Date.now();
    await stack.publishWorld(testWorld({ ...pushes, WH2: { prima: true } }));
    const held = await until(metricsOf, (metrics) => worldChangedAt(metrics) >= changedAt);
    expect(worldChangedAt(held)).toBeGreaterThanOrEqual(changedAt);

    // The running service pushes WH2's next figure to Prima.
    await stack.produce([stockMovement(sku, 'WH2', 2, 'RECEIPT', 1)]);
    const stock = await until(
      () => primaStock(sku, 'WH2'),
      (s) => s?.quantityOnHand === 5,
    );
    expect(stock).toMatchObject({ quantityOnHand: 5, quantityAvailableToSell: 5 });
  });
});

/** When the world model version inventory holds was made (epoch ms), from its /metrics. */
function worldChangedAt(metrics: string): number {
  const seconds = /^parity_world_model_changed_at_seconds (\S+)$/m.exec(metrics)?.[1];
  return Math.round(Number(seconds ?? 0) * 1000);
}
