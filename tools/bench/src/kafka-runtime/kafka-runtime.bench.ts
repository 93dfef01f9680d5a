import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { Partitioners } from 'kafkajs';
import { measure } from '../measure/measure';
import { fmt, say } from '../output';
import { baselineScenario } from './baseline.scenario';
import { openBenchContext, type BenchContext } from './bench-context';
import type { StockTotals } from './bench-database';
import { loadBenchEnv } from './bench-env';
import { ceilingScenario } from './ceiling.scenario';
import { parseKafkaRuntimeOptions, type ScenarioName } from './kafka-runtime-options';
import { pacedScenario } from './paced.scenario';
import { produceBacklog } from './produce-movements';
import { printReport } from './report';
import { runtimeScenario } from './runtime.scenario';
import type { ScenarioResult } from './scenario-result';
import { versions } from './versions';

/**
 * `kafka-runtime`: one backlog of Avro stock movements drained by the ceiling, the Parity
 * runtime and the naive baseline in turn, then a paced run for the runtime's latency.
 * Everything it creates (topics, groups, registry subjects, the database schema) is
 * removed at the end, also when a scenario fails or the run is interrupted.
 */
export async function kafkaRuntimeBench(args: readonly string[]): Promise<number> {
  const options = parseKafkaRuntimeOptions(args);
  const ctx = await openBenchContext(randomUUID().slice(0, 8), loadBenchEnv(), options);
  const interrupted = () => {
    say('\ninterrupted: stopping consumers and cleaning up (Ctrl-C again to quit at once)');
    process.once('SIGINT', () => process.exit(130));
    ctx.close().then(
      () => process.exit(130),
      (error: unknown) => {
        reportCleanUpFailure(error);
        process.exit(130);
      },
    );
  };
  process.once('SIGINT', interrupted);
  try {
    await ctx.database.create();
    await printSetUp(ctx);
    const results = await runScenarios(ctx);
    printReport(results);
    return results.some((r) => r.notes.some((note) => note.startsWith('MISMATCH'))) ? 1 : 0;
  } finally {
    process.off('SIGINT', interrupted);
    say('\ncleaning up: consumer groups, topics, registry subjects, database schema');
    await ctx.close().catch((error: unknown) => {
      reportCleanUpFailure(error);
      throw error;
    });
  }
}

async function runScenarios(ctx: BenchContext): Promise<ScenarioResult[]> {
  const wants = (name: ScenarioName) => ctx.options.scenarios.includes(name);
  const results: ScenarioResult[] = [];
  if (wants('ceiling') || wants('runtime') || wants('baseline')) {
    const backlog = await ctx.resources.createTopic('backlog', ctx.options.partitions);
    await ctx.serde.register(backlog);
    const produced = await produce(ctx, backlog);
    if (wants('ceiling')) results.push(await announce(ceilingScenario(ctx, backlog)));
    if (wants('runtime')) results.push(await announce(runtimeScenario(ctx, backlog, produced)));
    if (wants('baseline')) results.push(await announce(baselineScenario(ctx, backlog)));
  }
  if (wants('paced')) results.push(await announce(pacedScenario(ctx)));
  return results;
}

async function produce(
  ctx: BenchContext,
  topic: Parameters<typeof produceBacklog>[2],
): Promise<StockTotals> {
  say(`\nproducing ${fmt.int(ctx.options.events)} movements to ${topic.name}`);
  const producer = ctx.kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const stop = ctx.running.add(() => producer.disconnect());
  await producer.connect();
  let expected: StockTotals | undefined;
  try {
    const produced = await measure('produce', ctx.options.events, async (meter) => {
      expected = await produceBacklog(
        producer,
        ctx.serde,
        topic,
        { runId: ctx.runId, skus: ctx.options.skus },
        meter,
      );
    });
    say(`  produced in ${fmt.fixed(produced.seconds)} s (${fmt.int(produced.rate)} events/s)`);
  } finally {
    await stop();
  }
  if (!expected) throw new Error('the backlog was not produced');
  return expected;
}

async function announce(running: Promise<ScenarioResult>): Promise<ScenarioResult> {
  const result = await running;
  say(
    `  ${result.scenario}: ${fmt.int(result.events)} events in ${fmt.fixed(result.seconds)} s = ${fmt.int(result.rate)} events/s`,
  );
  return result;
}

async function printSetUp(ctx: BenchContext): Promise<void> {
  const { options } = ctx;
  const running = Object.entries(await versions(ctx.database))
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  say(`kafka-runtime bench, run ${ctx.runId}, ${new Date().toISOString()}`);
  say(
    `machine: ${cpus().length} cores, ${fmt.int(totalmem() / 2 ** 30)} GiB, load ${loadavg()
      .map((l) => fmt.fixed(l, 2))
      .join(' ')}`,
  );
  say(`versions: ${running}`);
  say(
    `workload: ${fmt.int(options.events)} wms.stock-movements.v1 events, ${fmt.int(options.skus)} SKUs, ${options.partitions} partitions; scenarios ${options.scenarios.join(', ')}`,
  );
}

function reportCleanUpFailure(error: unknown): void {
  const causes = error instanceof AggregateError ? error.errors : [error];
  process.stderr.write(
    `clean-up incomplete; remove what is left of this run by hand:\n${causes
      .map((cause) => `  ${cause instanceof Error ? cause.message : String(cause)}`)
      .join('\n')}\n`,
  );
}
