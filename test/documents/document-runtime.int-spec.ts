import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { NewPrimaSalesOrder } from '@parity/connectors';
import { exceptionTopicFor, type IntegrationException } from '@parity/contracts';
import { DocumentRuntime, documentOutcomes, documentRuntimeTables } from '@parity/documents';
import {
  createPrimaSimulator,
  createSandbox,
  type FaultRule,
  type RunningSandbox,
} from '@parity/simulators';
import { decodeWithCatalogSchema } from '../inventory/inventory-stack';
import { endOffsetsOf, readTopicToEnd, readTopicUntil } from '../support/read-topic';
import { RuntimeHarness } from '../support/runtime-harness';
import { sandboxAdmin } from '../support/sandbox-admin';
import { stackEnv } from '../support/stack-env';
import {
  AUTHORISE,
  CREATE,
  PRIMA,
  primaForDocuments,
  primaOrderTypes,
} from './prima-order-documents';

const ROOT = resolve(__dirname, '../..');
const STUCK_AFTER_MS = 1_500;

interface Row {
  key: string;
  type: string;
  status: string;
  attempts: number;
  vendor_ref: string | null;
  last_error: string | null;
  answered_at: Date | null;
  leased_until: Date | null;
}

interface PrimaOrder {
  orderNumber: string;
  customerReference: string;
  status: string;
}

/**
 * The document runtime against the real PostgreSQL, Kafka and registry, writing Prima sales
 * orders into the sandbox's Prima over HTTP: each exactly once through 5xx, lost answers, a
 * SIGKILL between the call and the record, racing workers and an outage; refusals owned and
 * retried by an operator; stuck documents raised once.
 */
describe('document runtime: documents created exactly once in the vendor', () => {
  const harness = new RuntimeHarness();
  let sandbox: RunningSandbox;
  let runtime: DocumentRuntime;
  const run = randomUUID().slice(0, 8);
  const ref = (label: string) => `TEST:${run}:${label}`;

  const admin = <T>(path: string, body?: unknown, method?: string) =>
    sandboxAdmin<T>(sandbox.url, path, body, method);
  const fault = (rule: Omit<FaultRule, 'vendor'>) => admin('faults', { vendor: 'prima', ...rule });
  const clearFaults = () => admin('faults', undefined, 'DELETE');

  const order = (reference: string, itemCode = 'DOC-TEE'): NewPrimaSalesOrder => ({
    orderSource: 'WEB',
    customerAccountCode: 'WEB',
    customerReference: reference,
    depotCode: 'WH1',
    currency: 'GBP',
    lines: [{ itemCode, quantityOrdered: 1, unitNetPriceMinor: 1000, vatCode: 'S20' }],
  });
  const ordersIn = async (reference: string) =>
    (await admin<PrimaOrder[]>('prima/sales-orders')).filter(
      (o) => o.customerReference === reference,
    );
  const request = (type: string, references: readonly string[], withSequence = false) =>
    harness.db.transaction((tx) =>
      runtime.request(
        tx,
        type,
        references.map((reference) => ({
          key: reference,
          payload: type === CREATE ? order(reference) : { order: order(reference) },
          ...(withSequence ? { sequenceKey: reference } : {}),
        })),
      ),
    );
  const rows = (keys: readonly string[]): Promise<Row[]> =>
    harness.db.query(
      `SELECT key, type, status, attempts, vendor_ref, last_error, answered_at, leased_until
         FROM "${harness.schema}".documents WHERE key = ANY($1) ORDER BY key, type`,
      [keys],
    );
  const until = async (keys: readonly string[], done: (rows: Row[]) => boolean, ms = 60_000) => {
    const deadline = Date.now() + ms;
    let found = await rows(keys);
    while (!done(found) && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 100));
      found = await rows(keys);
    }
    return found;
  };
  const allConfirmed = (n: number) => (found: Row[]) =>
    found.length === n && found.every((r) => r.status === 'CONFIRMED');
  const startRuntime = (concurrency = 2) => {
    const started = new DocumentRuntime(
      harness.db,
      harness.publisher,
      primaOrderTypes(primaForDocuments(sandbox.url, { timeoutMs: 1_500 }), {
        stuckAfterMs: STUCK_AFTER_MS,
        leaseMs: 4_000,
        concurrency,
      }),
      { schema: harness.schema, pollMs: 50, watchMs: 250 },
    );
    started.start();
    return started;
  };
  const outboxDrained = () =>
    harness.waitFor<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${harness.schema}".kafka_outbox`,
      ([row]) => row?.n === 0,
    );

  beforeAll(async () => {
    await harness.setUp(() => [], [documentRuntimeTables, documentOutcomes]);
    harness.startRelay();
    sandbox = await createSandbox({
      seed: 5,
      simulators: [createPrimaSimulator({ ...PRIMA, ratePerSecond: 1_000, burst: 1_000 })],
    }).listen();
    await admin('prima/depots', [{ depotCode: 'WH1', name: 'Warehouse', type: 'WAREHOUSE' }]);
    await admin('prima/customers', [{ accountCode: 'WEB', creditLimit: '100000000.00' }]);
    await admin('prima/items', [
      {
        itemCode: 'DOC-TEE',
        description: 'Tee',
        productStatus: 'FULL',
        vatCode: 'S20',
        sellPrice: { net: '10.00', gross: '12.00', currency: 'GBP' },
      },
    ]);
    runtime = startRuntime();
  });

  afterEach(() => clearFaults());

  afterAll(async () => {
    await runtime?.stop();
    await sandbox?.close();
    await harness.tearDown();
  });

  it('creates the order once when Prima answers 5xx three times first', async () => {
    await fault({ method: 'POST', body: 'MultiNewOrder', errorRate: 1, times: 3 });
    await request(CREATE, [ref('5xx')]);
    const [row] = await until([ref('5xx')], allConfirmed(1));
    const orders = await ordersIn(ref('5xx'));
    expect(orders).toHaveLength(1);
    expect(row).toMatchObject({ status: 'CONFIRMED', vendor_ref: orders[0]?.orderNumber });
  });

  it('finds the order Prima made when its answer was lost, instead of making a second', async () => {
    await fault({ method: 'POST', body: 'MultiNewOrder', answerLostRate: 1, times: 1 });
    await request(CREATE, [ref('lost')]);
    const [row] = await until([ref('lost')], allConfirmed(1));
    const orders = await ordersIn(ref('lost'));
    expect(orders).toHaveLength(1);
    expect(row?.vendor_ref).toBe(orders[0]?.orderNumber);
  });

  it('creates each of 120 orders once while two workers race for them', async () => {
    const second = startRuntime(4);
    try {
      const references = Array.from({ length: 120 }, (_, i) => ref(`race-${i}`));
      await request(CREATE, references);
      await until(references, allConfirmed(references.length));
      const made = (await admin<PrimaOrder[]>('prima/sales-orders')).filter((o) =>
        references.includes(o.customerReference),
      );
      expect(made).toHaveLength(references.length);
      expect(new Set(made.map((o) => o.customerReference)).size).toBe(references.length);
    } finally {
      await second.stop();
    }
  });

  it('creates the order once when its worker is killed between the call and the record', async () => {
    await runtime.stop();
    const spawnWorker = () =>
      // Node itself with tsx's loader, so SIGKILL kills the worker and not a wrapper around it.
      spawn(process.execPath, ['--import', 'tsx', 'test/documents/document-worker.main.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          TSX_TSCONFIG_PATH: 'tsconfig.base.json',
          DATABASE_URL: stackEnv('DATABASE_URL'),
          SCHEMA_REGISTRY_URL: stackEnv('SCHEMA_REGISTRY_URL'),
          DOCUMENTS_SCHEMA: harness.schema,
          SANDBOX_URL: sandbox.url,
          LEASE_MS: '2000',
        },
        stdio: 'ignore',
      });
    let worker: ChildProcess | undefined;
    try {
      // Prima makes the order at once and holds its answer: the worker dies before it hears.
      await fault({ method: 'POST', body: 'MultiNewOrder', answerDelayMs: 60_000, times: 1 });
      await request(CREATE, [ref('killed')]);
      worker = spawnWorker();
      const deadline = Date.now() + 60_000;
      while ((await ordersIn(ref('killed'))).length === 0 && Date.now() < deadline) {
        await new Promise((wait) => setTimeout(wait, 50));
      }
      worker.kill('SIGKILL');
      const [inFlight] = await rows([ref('killed')]);
      expect(inFlight).toMatchObject({ status: 'PENDING' });
      expect(inFlight?.leased_until).not.toBeNull();
      // A worker restarted takes the document once the dead one's lease ran out.
      worker = spawnWorker();
      const [row] = await until([ref('killed')], allConfirmed(1));
      const orders = await ordersIn(ref('killed'));
      expect(orders).toHaveLength(1);
      expect(row?.vendor_ref).toBe(orders[0]?.orderNumber);
    } finally {
      worker?.kill('SIGKILL');
      runtime = startRuntime();
    }
  }, 120_000);

  it('waits out a Prima outage, raises each stuck document once, completes every order in order after it, and clears what it raised', async () => {
    const topic = exceptionTopicFor('PLATFORM');
    const from = await endOffsetsOf(harness.kafka, topic.name);
    const references = Array.from({ length: 10 }, (_, i) => ref(`outage-${i}`));
    const keys = [...references];
    // Prima down: every call answers 503 until the fault is cleared.
    await fault({ errorRate: 1 });
    await request(CREATE, references, true);
    await request(AUTHORISE, references, true);
    const ours = (read: readonly { value: Buffer | null }[]) =>
      read
        .map((m) => decodeWithCatalogSchema<IntegrationException>(topic, m.value))
        .filter((e) => keys.includes(e.entityId ?? '') && e.type === 'DOCUMENT_STUCK');
    // Stuck documents announce themselves (create and authorisation of each order).
    await readTopicUntil(
      harness.kafka,
      topic.name,
      (read) => ours(read).filter((e) => !e.clears).length >= 20,
      60_000,
      from,
    );
    const waiting = await rows(keys);
    expect(waiting.every((r) => r.status === 'PENDING')).toBe(true);
    // Creates retried with backoff; authorisations never tried before their create.
    expect(waiting.filter((r) => r.type === CREATE).every((r) => r.attempts >= 2)).toBe(true);
    expect(waiting.filter((r) => r.type === AUTHORISE).every((r) => r.attempts === 0)).toBe(true);

    await clearFaults();
    const done = await until(keys, allConfirmed(20));
    expect(done).toHaveLength(20);
    for (const reference of references) {
      const [created, authorised] = [CREATE, AUTHORISE].map(
        (t) => done.find((r) => r.key === reference && r.type === t)?.answered_at?.getTime() ?? NaN,
      );
      expect(authorised).toBeGreaterThanOrEqual(created ?? NaN);
      const orders = await ordersIn(reference);
      expect(orders).toHaveLength(1);
      expect(orders[0]?.status).not.toBe('REQUESTED');
    }
    // Every exception is on the topic once the outbox is empty: one per document, each
    // followed by its clearance once Prima confirmed the document.
    await outboxDrained();
    const published = ours(await readTopicToEnd(harness.kafka, topic.name, from));
    const raised = published.filter((e) => !e.clears);
    const cleared = published.filter((e) => e.clears);
    expect(raised).toHaveLength(20);
    expect(new Set(raised.map((e) => e.fingerprint)).size).toBe(20);
    expect(cleared.map((e) => e.fingerprint).sort()).toEqual(
      raised.map((e) => e.fingerprint).sort(),
    );
  }, 120_000);

  it("raises a refusal once with Prima's words, and creates the order once after the fix and an operator's retry", async () => {
    const topic = exceptionTopicFor('FINANCE');
    const from = await endOffsetsOf(harness.kafka, topic.name);
    const reference = ref('refused');
    await harness.db.transaction((tx) =>
      runtime.request(tx, CREATE, [{ key: reference, payload: order(reference, 'DOC-NEW') }]),
    );
    const [refused] = await until([reference], (found) => found[0]?.status === 'REFUSED');
    // Prima's own words for an order none of whose lines it knows (E:194).
    const primasWords = '(E:194) There were no Valid Order Lines found';
    expect(refused?.last_error).toContain(primasWords);
    const ours = (read: readonly { value: Buffer | null }[]) =>
      read
        .map((m) => decodeWithCatalogSchema<IntegrationException>(topic, m.value))
        .filter((e) => e.entityId === reference);
    const [exception] = ours(
      await readTopicUntil(
        harness.kafka,
        topic.name,
        (read) => ours(read).length > 0,
        30_000,
        from,
      ),
    );
    expect(exception).toMatchObject({ type: 'SALE_POST_FAILED', entityType: 'SALES_ORDER' });
    expect(exception?.details['reason']).toContain(primasWords);

    // The data is fixed in Prima; an operator asks again.
    await admin('prima/items', [
      {
        itemCode: 'DOC-NEW',
        description: 'New tee',
        productStatus: 'FULL',
        vatCode: 'S20',
        sellPrice: { net: '10.00', gross: '12.00', currency: 'GBP' },
      },
    ]);
    const retried = await harness.db.transaction((tx) =>
      runtime.store.retry(
        tx,
        { type: CREATE, key: reference },
        {
          by: 'ops@example.com',
          reason: 'item added in Prima',
        },
      ),
    );
    expect(retried).toBe(1);
    await until([reference], allConfirmed(1));
    expect(await ordersIn(reference)).toHaveLength(1);
    const [audit]: { actor: string; action: string; affected: number }[] = await harness.db.query(
      `SELECT actor, action, affected FROM "${harness.schema}".document_audit
        WHERE filter->>'key' = $1`,
      [reference],
    );
    expect(audit).toEqual({ actor: 'ops@example.com', action: 'RETRY', affected: 1 });
    // Nothing else was raised for it, up to the end of the log once the outbox is empty.
    await outboxDrained();
    expect(ours(await readTopicToEnd(harness.kafka, topic.name, from))).toHaveLength(1);
  }, 90_000);

  it('asks for a document once however often its event is replayed', async () => {
    const reference = ref('replayed');
    for (let i = 0; i < 3; i++) await request(CREATE, [reference]);
    await until([reference], allConfirmed(1));
    await request(CREATE, [reference]);
    const [row] = await rows([reference]);
    expect(row?.status).toBe('CONFIRMED');
    expect(await ordersIn(reference)).toHaveLength(1);
  });

  it('writes a held document only once it is released, and then once', async () => {
    const held = ref('held');
    const marker = ref('held-marker');
    await harness.db.transaction((tx) =>
      runtime.request(tx, CREATE, [{ key: held, payload: order(held), held: true }]),
    );
    // A document asked for after it is written first: the held one was passed over, not missed.
    await request(CREATE, [marker]);
    await until([marker], allConfirmed(1));
    expect(await rows([held])).toEqual([
      expect.objectContaining({ status: 'PENDING', attempts: 0 }),
    ]);
    expect(await ordersIn(held)).toHaveLength(0);

    expect(await harness.db.transaction((tx) => runtime.release(tx, CREATE, [held]))).toBe(1);
    await until([held], allConfirmed(1));
    expect(await ordersIn(held)).toHaveLength(1);
  });
});
