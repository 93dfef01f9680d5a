import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { PrimaSoapClient, type NewPrimaSalesOrder } from '@parity/connectors';
import {
  DocumentRuntime,
  documentOutcomes,
  documentRuntimeTables,
  writeOneByOne,
  type DocumentType,
} from '@parity/documents';
import {
  AvroSerde,
  createSchemaRegistryClient,
  EventPublisher,
  kafkaRuntimeTables,
  OutboxWriter,
} from '@parity/kafka';
import { DataSource } from 'typeorm';
import { parseOptions, type OptionSpec } from '../cli-options';
import { loadBenchEnv, type BenchEnv } from '../kafka-runtime/bench-env';
import { percentiles } from '../measure/percentiles';
import { fmt, say } from '../output';

const ROOT = resolve(__dirname, '../../../..');
const SANDBOX_PORT = 3290;
const PRIMA = { clientId: 'parity-bench', clientSecret: 'bench-secret', companyId: 'BENCH' };
const SCHEMA = 'documents_bench';
/** The throughput the runtime must sustain with the vendor's rate limit removed. */
const TARGET_PER_SECOND = 2_000;

interface DocumentsOptions {
  readonly documents: number;
  readonly baseline: number;
  readonly failurePercent: number;
  readonly outageSeconds: number;
  readonly workers: number;
}

const spec: OptionSpec<DocumentsOptions> = {
  documents: { default: 100_000, min: 1 },
  baseline: { default: 20_000, min: 1 },
  failurePercent: { default: 5, min: 0 },
  outageSeconds: { default: 60, min: 0 },
  workers: { default: 24, min: 1 },
};

export const documentsUsage = `documents [options]
  --documents N                Prima sales orders asked for through the runtime (default 100,000)
  --baseline N                 orders per baseline run (default 20,000)
  --failure-percent N          Prima calls answered 503 at random (default 5)
  --outage-seconds N           one Prima outage, starting a quarter of the way in (default 60)
  --workers N                  worker loops, and concurrent calls in the vendor baseline (default 24)`;

/**
 * The document runtime writing Prima sales orders into the sandbox's Prima, run as a process
 * of its own with its rate limit lifted. Baselines in the same run: the runtime's own ceiling
 * (documents confirmed without a vendor call) and Prima's (the same creates called directly,
 * as concurrently, with no runtime). Then the main run: every order asked for through the
 * runtime with random 5xx and one outage; created must equal requested, duplicates must be 0.
 */
export async function documentsBench(args: readonly string[]): Promise<number> {
  const options = parseOptions(spec, args);
  const env = loadBenchEnv();
  const sandbox = await startSandbox();
  const db = new DataSource({ type: 'postgres', url: env.databaseUrl, extra: { max: 16 } });
  try {
    await createSchema(env);
    await db.initialize();
    await seedPrima();
    const prima = new PrimaSoapClient({
      baseUrl: `${SANDBOX_URL}/prima`,
      ...PRIMA,
      retry: { initialMs: 10, maxMs: 10, multiplier: 1, maxAttempts: 1 },
      rateLimit: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
    });
    const publisher = new EventPublisher(
      new AvroSerde(createSchemaRegistryClient(env.registryUrl, 'documents-bench')),
      new OutboxWriter(SCHEMA),
    );
    const run = String(Date.now());

    say(`runtime ceiling: ${fmt.int(options.baseline)} documents confirmed without a vendor call`);
    const ceiling = await throughRuntime(
      db,
      publisher,
      options,
      `${run}:null`,
      options.baseline,
      async (d) => ({
        kind: 'CONFIRMED',
        document: d,
        answeredAt: Date.now(),
      }),
    );
    say(`  ${fmt.int(ceiling.perSecond)} documents/s`);

    say(
      `Prima ceiling: ${fmt.int(options.baseline)} creates called directly, ${options.workers} at once`,
    );
    const direct = await directly(prima, options, `${run}:direct`);
    say(`  ${fmt.int(direct)} orders/s`);

    say(`through the runtime, no faults: ${fmt.int(options.baseline)} orders`);
    const clean = await throughRuntime(
      db,
      publisher,
      options,
      `${run}:clean`,
      options.baseline,
      createIn(prima),
    );
    say(`  ${fmt.int(clean.perSecond)} orders/s`);

    say(
      `main run: ${fmt.int(options.documents)} orders, ${options.failurePercent} % of calls 503, ` +
        `one ${options.outageSeconds} s outage`,
    );
    await fault({ errorRate: options.failurePercent / 100 });
    const main = await throughRuntime(
      db,
      publisher,
      options,
      `${run}:main`,
      options.documents,
      createIn(prima),
      options.outageSeconds,
    );
    await clearFaults();
    const made = await ordersWithPrefix(`${run}:main:`);
    const distinct = new Set(made).size;
    const latency = percentiles(main.latenciesMs);

    say('');
    say(
      `### documents, ${fmt.int(options.documents)} Prima sales orders, ${options.workers} workers`,
    );
    say('');
    say('| run | documents | seconds | documents/s |');
    say('| --- | ---: | ---: | ---: |');
    say(
      `| runtime ceiling (no vendor call) | ${fmt.int(options.baseline)} | ${fmt.fixed(ceiling.seconds)} | ${fmt.int(ceiling.perSecond)} |`,
    );
    say(
      `| Prima called directly (no runtime) | ${fmt.int(options.baseline)} | ${fmt.fixed(options.baseline / direct)} | ${fmt.int(direct)} |`,
    );
    say(
      `| through the runtime, no faults | ${fmt.int(options.baseline)} | ${fmt.fixed(clean.seconds)} | ${fmt.int(clean.perSecond)} |`,
    );
    say(
      `| main run (5xx + outage) | ${fmt.int(options.documents)} | ${fmt.fixed(main.seconds)} | ${fmt.int(main.perSecond)} |`,
    );
    say('');
    say(
      `requested ${fmt.int(options.documents)}, confirmed ${fmt.int(main.confirmed)}, created in Prima ${fmt.int(distinct)}, duplicates ${fmt.int(made.length - distinct)}`,
    );
    say(
      `backlog at the outage's end ${fmt.int(main.backlogAtRecovery)}, drained ${fmt.fixed(main.drainSeconds)} s after Prima came back`,
    );
    if (latency) {
      say(
        `request → confirmed (main run): p50 ${fmt.int(latency.p50)} ms, p95 ${fmt.int(latency.p95)} ms, p99 ${fmt.int(latency.p99)} ms`,
      );
    }
    say(
      `runtime / Prima ceiling (no faults): ${fmt.fixed(clean.perSecond / direct, 2)}×; runtime ceiling ${ceiling.perSecond >= TARGET_PER_SECOND ? '≥' : '<'} ${fmt.int(TARGET_PER_SECOND)}/s target`,
    );
    const exact =
      distinct === options.documents &&
      made.length === distinct &&
      main.confirmed === options.documents;
    say(exact ? 'PASS: every order created once' : 'FAIL: orders lost or duplicated');
    return exact ? 0 : 1;
  } finally {
    if (db.isInitialized) await db.destroy();
    sandbox.kill('SIGTERM');
  }
}

const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;

async function startSandbox(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve(ROOT, 'dist/apps/sandbox/main.js')], {
    env: {
      ...process.env,
      SANDBOX_PORT: String(SANDBOX_PORT),
      PRIMA_CLIENT_ID: PRIMA.clientId,
      PRIMA_CLIENT_SECRET: PRIMA.clientSecret,
      PRIMA_COMPANY_ID: PRIMA.companyId,
      PRIMA_RATE_PER_SECOND: '1000000',
      PRIMA_BURST: '1000000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const up = await fetch(`${SANDBOX_URL}/admin/faults`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the sandbox did not start on port ' + SANDBOX_PORT);
}

async function admin(path: string, body?: unknown, method?: string): Promise<unknown> {
  const response = await fetch(`${SANDBOX_URL}/admin/${path}`, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`admin ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

const fault = (rule: object) => admin('faults', { vendor: 'prima', path: 'sales-orders', ...rule });
const clearFaults = () => admin('faults', undefined, 'DELETE');

async function seedPrima(): Promise<void> {
  await admin('prima/depots', [{ depotCode: 'WH1', name: 'Warehouse', type: 'WAREHOUSE' }]);
  await admin('prima/customers', [{ accountCode: 'WEB', creditLimit: '999999999999.00' }]);
  await admin('prima/items', [
    {
      itemCode: 'BENCH-TEE',
      description: 'Tee',
      productStatus: 'FULL',
      vatCode: 'S20',
      sellPrice: { net: '10.00', gross: '12.00', currency: 'GBP' },
    },
  ]);
}

async function ordersWithPrefix(prefix: string): Promise<string[]> {
  const orders = (await admin('prima/sales-orders')) as { customerReference: string | null }[];
  return orders.flatMap((o) =>
    o.customerReference?.startsWith(prefix) ? [o.customerReference] : [],
  );
}

/** The runtime's tables in a schema of the benchmark's own, emptied for the run. */
async function createSchema(env: BenchEnv): Promise<void> {
  const owner = await new DataSource({ type: 'postgres', url: env.databaseOwnerUrl }).initialize();
  try {
    await owner.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    for (const tables of [kafkaRuntimeTables, documentRuntimeTables, documentOutcomes]) {
      await new (tables(SCHEMA))().up(owner.createQueryRunner());
    }
  } finally {
    await owner.destroy();
  }
}

const order = (reference: string): NewPrimaSalesOrder => ({
  orderSource: 'WEB',
  customerAccountCode: 'WEB',
  customerReference: reference,
  depotCode: 'WH1',
  currency: 'GBP',
  lines: [{ itemCode: 'BENCH-TEE', quantityOrdered: 1, unitNetPriceMinor: 1000, vatCode: 'S20' }],
});

type WriteOne = Parameters<typeof writeOneByOne<NewPrimaSalesOrder>>[2];

const createIn =
  (prima: PrimaSoapClient): WriteOne =>
  async (document) => {
    const { record } = await prima.createSalesOrder(document.payload);
    return { kind: 'CONFIRMED', document, answeredAt: Date.now(), vendorRef: record.orderNumber };
  };

/** The same creates as the runtime's, `workers` at once, with no runtime: Prima's ceiling. */
async function directly(
  prima: PrimaSoapClient,
  options: DocumentsOptions,
  run: string,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.workers }, async () => {
      while (next < options.baseline) {
        const reference = `${run}:${next++}`;
        await prima.createSalesOrder(order(reference));
      }
    }),
  );
  return options.baseline / ((performance.now() - started) / 1000);
}

interface RuntimeRun {
  readonly seconds: number;
  readonly perSecond: number;
  readonly confirmed: number;
  readonly latenciesMs: number[];
  readonly backlogAtRecovery: number;
  readonly drainSeconds: number;
}

/**
 * Asks for `count` orders (in transactions of 5,000, as a busy consumer would) and waits
 * until all are confirmed; with `outageSeconds`, Prima answers every call 503 for that long,
 * starting once a quarter of them are confirmed.
 */
async function throughRuntime(
  db: DataSource,
  publisher: EventPublisher,
  options: DocumentsOptions,
  run: string,
  count: number,
  writeOne: WriteOne,
  outageSeconds = 0,
): Promise<RuntimeRun> {
  const type = `BENCH_ORDER:${run}`;
  const spec: DocumentType<NewPrimaSalesOrder> = {
    type,
    target: 'PRIMA',
    mode: 'create-once',
    batchSize: 25,
    concurrency: options.workers,
    leaseMs: 60_000,
    retry: { initialMs: 100, maxMs: 5_000, multiplier: 2, maxAttempts: Infinity },
    write: (documents, signal) => writeOneByOne(documents, signal, writeOne),
  };
  const runtime = new DocumentRuntime(db, publisher, [spec as DocumentType<unknown>], {
    schema: SCHEMA,
    pollMs: 20,
    watchMs: 60_000,
  });
  const started = performance.now();
  runtime.start();
  for (let i = 0; i < count; i += 5_000) {
    const keys = Array.from({ length: Math.min(5_000, count - i) }, (_, j) => `${run}:${i + j}`);
    await db.transaction((tx) =>
      runtime.request(
        tx,
        type,
        keys.map((key) => ({ key, payload: order(key) })),
      ),
    );
  }
  const confirmedCount = async () =>
    Number(
      (
        (await db.query(
          `SELECT count(*) AS n FROM ${SCHEMA}.documents WHERE type = $1 AND status = 'CONFIRMED'`,
          [type],
        )) as { n: string }[]
      )[0]?.n,
    );
  let backlogAtRecovery = 0;
  let recoveredAt = 0;
  let outage: 'before' | 'during' | 'after' = outageSeconds > 0 ? 'before' : 'after';
  let outageEndsAt = 0;
  let confirmed = 0;
  let lastReport = performance.now();
  while ((confirmed = await confirmedCount()) < count) {
    const now = performance.now();
    if (outage === 'before' && confirmed >= count / 4) {
      // The first matching rule applies: the random 5xx make way for the outage.
      await clearFaults();
      await fault({ errorRate: 1, path: '' });
      outage = 'during';
      outageEndsAt = now + outageSeconds * 1000;
      say(`  Prima down for ${outageSeconds} s at ${fmt.int(confirmed)} confirmed`);
    } else if (outage === 'during' && now >= outageEndsAt) {
      await clearFaults();
      await fault({ errorRate: options.failurePercent / 100 });
      outage = 'after';
      recoveredAt = now;
      backlogAtRecovery = count - confirmed;
      say(`  Prima back with ${fmt.int(backlogAtRecovery)} waiting`);
    }
    if (now - lastReport >= 5_000) {
      lastReport = now;
      say(`  ${fmt.int(confirmed).padStart(9)} / ${fmt.int(count)} confirmed`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const finished = performance.now();
  await runtime.stop();
  const seconds = (finished - started) / 1000;
  const rows = (await db.query(
    `SELECT EXTRACT(EPOCH FROM answered_at - requested_at) * 1000 AS ms FROM ${SCHEMA}.documents
      WHERE type = $1`,
    [type],
  )) as { ms: string }[];
  return {
    seconds,
    // The outage's own seconds are no work the runtime could do.
    perSecond: count / Math.max(0.001, seconds - (recoveredAt > 0 ? outageSeconds : 0)),
    confirmed,
    latenciesMs: rows.map((r) => Number(r.ms)),
    backlogAtRecovery,
    drainSeconds: recoveredAt > 0 ? (finished - recoveredAt) / 1000 : 0,
  };
}
