import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Topics } from '@parity/contracts';
import { AvroSerde, createKafkaClient, createSchemaRegistryClient } from '@parity/kafka';
import { ServiceProcess, serviceStackSettings } from '@parity/launcher';
import type { Admin } from 'kafkajs';
import { Client } from 'pg';
import { loadBenchEnv } from '../kafka-runtime/bench-env';
import { CpuSampler, type CpuShare } from '../measure/cpu-sampler';
import { percentiles } from '../measure/percentiles';
import { fmt, say } from '../output';
import { publishWorld } from '@parity/world-api';
import { benchWorld, clarusAdjustments, clarusEdgeSettings } from './clarus-adjustments';
import { parseEdgeOptions, type EdgeBenchOptions, type EdgeScenario } from './edge-options';
import { postWebhooks, type LoadResult, type WebhookRequest } from './webhook-load';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');
// Apart from `npm start` (3001…), the integration tests (3100…) and the inventory bench (3140).
const BENCH_PORT = 3141;
const TARGET = { acceptedPerSecond: 2_000, p99Ms: 50 };

interface ScenarioResult {
  readonly name: EdgeScenario;
  readonly load: LoadResult;
  readonly cpu: CpuShare;
  /** Events on Kafka per second, from the first request to the last event published. */
  readonly publishedPerSecond?: number;
}

/**
 * `edge`: the built edge service takes Clarus stock-adjustment webhooks over loopback HTTP:
 * each is authenticated, archived, normalised and written to the outbox before it is answered,
 * then relayed to Kafka. Measured: accepted webhooks/s and acknowledgement latency as fast as
 * `--concurrency` connections allow, then at a fixed `--rate`, and events/s published. The
 * baseline, measured in the same run against the same process, is a request Nest answers 404
 * without touching the database: the cost of HTTP alone.
 */
export async function edgeBench(args: readonly string[]): Promise<number> {
  const options = parseEdgeOptions(args);
  const env = loadBenchEnv();
  const runId = randomUUID().slice(0, 8);
  const settings = {
    ...serviceStackSettings(process.env, 'run benchmarks through `npm run bench`'),
    ...clarusEdgeSettings(),
    LOG_LEVEL: 'warn',
    // The standard OpenTelemetry sampler settings, as an operator would set them on edge.
    ...(options.tracePercent < 100
      ? {
          OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
          OTEL_TRACES_SAMPLER_ARG: String(options.tracePercent / 100),
        }
      : {}),
  };
  const logDir = join(workspaceRoot, '.stack', 'logs', 'bench');
  await ServiceProcess.migrate({
    name: 'edge',
    env: settings,
    workspaceRoot,
    logDir,
    ownerDatabaseUrl: env.databaseOwnerUrl,
  });
  const kafka = createKafkaClient({ brokers: env.brokers, clientId: `bench-edge-${runId}` });
  // Before edge starts: it reads the world model's topic to its end before it is ready.
  await publishWorld(
    kafka,
    new AvroSerde(createSchemaRegistryClient(env.registryUrl, 'bench-edge')),
    benchWorld(),
  );
  const edge = new ServiceProcess({
    name: 'edge',
    port: BENCH_PORT,
    env: settings,
    workspaceRoot,
    logDir,
  });
  const admin = kafka.admin();
  const db = new Client({ connectionString: env.databaseOwnerUrl });
  try {
    const ready = await edge.waitUntilReady(60_000);
    if (!ready.ready) throw new Error(`edge did not become ready: ${ready.error ?? ''}`);
    await Promise.all([admin.connect(), db.connect()]);
    const baseUrl = `http://127.0.0.1:${BENCH_PORT}`;
    let nextId = Date.now() * 1_000;
    const webhooks = () => {
      const make = clarusAdjustments(runId, options.skus, nextId);
      return (index: number) => {
        nextId += 1;
        return make(index);
      };
    };
    say(
      `edge bench ${runId}: Clarus stock adjustments over ${fmt.int(options.skus)} SKUs, ${options.concurrency} connections`,
    );
    say('warming up (2,000 webhooks)');
    await postWebhooks({
      baseUrl,
      total: 2_000,
      concurrency: options.concurrency,
      ratePerSecond: 0,
      next: webhooks(),
    });
    await drained(db, admin, 0, Date.now());

    const results: ScenarioResult[] = [];
    const wants = (name: EdgeScenario) => options.scenarios.includes(name);
    if (wants('baseline')) {
      say(`baseline: ${fmt.int(options.requests)} requests Nest answers 404 (no archive)`);
      const make = webhooks();
      results.push(
        await run('baseline', {
          baseUrl,
          total: options.requests,
          concurrency: options.concurrency,
          ratePerSecond: 0,
          next: (i) => ({ ...make(i), path: '/bench-baseline' }) satisfies WebhookRequest,
        }),
      );
    }
    if (wants('max')) {
      say(
        `max: ${fmt.int(options.requests)} webhooks as fast as ${options.concurrency} connections go`,
      );
      const before = await endOffsets(admin);
      const started = Date.now();
      const result = await run('max', {
        baseUrl,
        total: options.requests,
        concurrency: options.concurrency,
        ratePerSecond: 0,
        next: webhooks(),
      });
      const seconds = await drained(db, admin, before + result.load.accepted, started);
      results.push({ ...result, publishedPerSecond: result.load.accepted / seconds });
    }
    if (wants('paced')) {
      const total = options.rate * options.seconds;
      say(`paced: ${fmt.int(options.rate)} webhooks/s for ${options.seconds} s`);
      const before = await endOffsets(admin);
      const started = Date.now();
      const result = await run('paced', {
        baseUrl,
        total,
        concurrency: Math.max(options.concurrency, 256),
        ratePerSecond: options.rate,
        next: webhooks(),
      });
      const seconds = await drained(db, admin, before + result.load.accepted, started);
      results.push({ ...result, publishedPerSecond: result.load.accepted / seconds });
    }
    const code = report(results, options);
    say(`group commit: ${await meanBatch(baseUrl)} webhooks per archive transaction on average`);
    return code;
  } finally {
    await edge.stop();
    await Promise.allSettled([admin.disconnect(), db.end()]);
  }
}

async function run(
  name: EdgeScenario,
  load: Parameters<typeof postWebhooks>[0],
): Promise<ScenarioResult> {
  const sampler = new CpuSampler();
  const result = await postWebhooks(load);
  return { name, load: result, cpu: sampler.finish() };
}

/** The mean of edge's parity_edge_archive_batch_size histogram, from its /metrics. */
async function meanBatch(baseUrl: string): Promise<string> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  const mean =
    value('parity_edge_archive_batch_size_sum') / value('parity_edge_archive_batch_size_count');
  return fmt.fixed(mean, 1);
}

async function endOffsets(admin: Admin): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(Topics.wmsStockMovementsV1.name);
  return offsets.reduce((sum, { high }) => sum + Number(high), 0);
}

/**
 * Waits until edge's outbox is empty and the topic holds `target` records, and returns the
 * seconds since `startedAt`: the moment the last accepted webhook's event was on Kafka.
 */
async function drained(
  db: Client,
  admin: Admin,
  target: number,
  startedAt: number,
): Promise<number> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM edge.kafka_outbox');
    if (Number(rows[0]?.n) === 0 && (await endOffsets(admin)) >= target) {
      return (Date.now() - startedAt) / 1000;
    }
    if (Date.now() > deadline) throw new Error('edge did not drain its outbox within 5 minutes');
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

function report(results: readonly ScenarioResult[], options: EdgeBenchOptions): number {
  say(
    '\n| scenario | requests | accepted | refused/failed | req/s | ack p50 ms | ack p95 ms | ack p99 ms | events/s published | CPU (bench/pg/kafka/other %) |',
  );
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const { name, load, cpu, publishedPerSecond } of results) {
    const p = percentiles(load.latenciesMs);
    const refused = Object.values(load.refused).reduce((a, b) => a + b, 0) + load.failed;
    const accepted = name === 'baseline' ? '—' : fmt.int(load.accepted);
    say(
      `| ${name} | ${fmt.int(load.sent)} | ${accepted} | ${name === 'baseline' ? '(404 by design)' : fmt.int(refused)} | ${fmt.int(load.sent / load.seconds)} | ${fmt.fixed(p?.p50 ?? NaN)} | ${fmt.fixed(p?.p95 ?? NaN)} | ${fmt.fixed(p?.p99 ?? NaN)} | ${publishedPerSecond ? fmt.int(publishedPerSecond) : '—'} | ${[cpu.bench, cpu.postgres, cpu.kafka, cpu.other].map((c) => fmt.int(c)).join('/')} |`,
    );
  }
  const max = results.find((r) => r.name === 'max');
  const paced = results.find((r) => r.name === 'paced');
  const baseline = results.find((r) => r.name === 'baseline');
  const verdicts: string[] = [];
  if (max) {
    const rate = max.load.accepted / max.load.seconds;
    verdicts.push(
      `accepted ${fmt.int(rate)} webhooks/s (target ≥ ${fmt.int(TARGET.acceptedPerSecond)}): ${rate >= TARGET.acceptedPerSecond ? 'PASS' : 'MISS'}`,
    );
    if (baseline) {
      verdicts.push(
        `edge with archive is ${fmt.fixed(rate / (baseline.load.sent / baseline.load.seconds), 2)}× the HTTP-only baseline`,
      );
    }
  }
  if (paced) {
    const p99 = percentiles(paced.load.latenciesMs)?.p99 ?? Infinity;
    const rate = paced.load.accepted / paced.load.seconds;
    verdicts.push(
      `at ${fmt.int(options.rate)}/s: ${fmt.int(rate)} accepted/s, p99 ack ${fmt.fixed(p99)} ms (target ≤ ${TARGET.p99Ms}): ${p99 <= TARGET.p99Ms && paced.load.accepted === paced.load.sent ? 'PASS' : 'MISS'}`,
    );
  }
  say('');
  for (const verdict of verdicts) say(verdict);
  const lost = results
    .filter((r) => r.name !== 'baseline')
    .some((r) => r.load.accepted !== r.load.sent);
  return lost ? 1 : 0;
}
