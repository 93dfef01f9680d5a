import { DataSource } from 'typeorm';
import { parseOptions, type OptionSpec } from '../cli-options';
import { fmt, say } from '../output';
import { loadBenchEnv } from '../kafka-runtime/bench-env';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark measures the service's own sweep code
import { sweepSource } from '../../../../apps/reconciliation/src/sweep/sweep-source';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark measures the service's own sweep code
import { viewRows } from '../../../../apps/reconciliation/src/sweep/view-rows';
import { depotCodes, type BenchLayout } from './bench-rows';
import { BenchView } from './bench-view';
import { generatedSnapshot, plantedDrifts } from './generated-snapshot';

/** The budget the sweep must meet for 5,000,000 rows. */
const BUDGET_SECONDS = 60;

const spec: OptionSpec<BenchLayout> = {
  rows: { default: 5_000_000, min: 1 },
  depots: { default: 10, min: 1 },
  drifted: { default: 1_000, min: 1 },
};

export const paritySweepUsage = `parity-sweep [options]
  --rows N                     view rows seeded with COPY (default 5,000,000)
  --depots N                   depots they spread over (default 10)
  --drifted N                  rows whose snapshot differs (default 1,000)`;

/**
 * The snapshot sweep over a seeded copy of the stock-parity view: streams the view by
 * keyset pages and merge-joins it with a generated Peoplevox snapshot, counting findings
 * instead of raising them. Baselines in the same run: PostgreSQL's own count(*) of the
 * table, and streaming the view to the client without comparing.
 */
export async function paritySweepBench(args: readonly string[]): Promise<number> {
  const layout = parseOptions(spec, args);
  const env = loadBenchEnv();
  const view = new BenchView(env.databaseOwnerUrl);
  const db = new DataSource({ type: 'postgres', url: env.databaseOwnerUrl });
  try {
    await view.create();
    await db.initialize();
    say(`seeding ${fmt.int(layout.rows)} rows into ${view.table} with COPY…`);
    const seedSeconds = await seconds(() => view.seed(layout));
    say(`seeded in ${fmt.fixed(seedSeconds)} s`);

    let counted = 0;
    const countSeconds = await seconds(async () => void (counted = await view.count()));
    let streamed = 0;
    const streamSeconds = await seconds(async () => {
      for await (const _ of viewRows(db, depotCodes(layout), view.table)) streamed++;
    });
    let found = { compared: 0, drifted: 0, notInPrimaAts: 0 };
    const sweepSeconds = await seconds(async () => {
      found = await sweepSource(
        viewRows(db, depotCodes(layout), view.table),
        generatedSnapshot(layout),
        0,
        () => undefined,
      );
    });

    const planted = plantedDrifts(layout);
    say();
    say(
      `### parity-sweep, ${fmt.int(layout.rows)} rows over ${layout.depots} depots, ${fmt.int(planted)} planted drifts`,
    );
    say('| run | rows | seconds | rows/s |');
    say('| --- | ---: | ---: | ---: |');
    const line = (name: string, rows: number, s: number) =>
      say(`| ${name} | ${fmt.int(rows)} | ${fmt.fixed(s, 2)} | ${fmt.int(rows / s)} |`);
    line('baseline: SELECT count(*)', counted, countSeconds);
    line('baseline: stream the view', streamed, streamSeconds);
    line('sweep: stream + merge-join + compare', found.compared, sweepSeconds);
    say();
    say(
      `drift found: ${fmt.int(found.drifted)} (planted ${fmt.int(planted)}); not in Prima's ATS: ${found.notInPrimaAts}`,
    );
    const correct =
      found.drifted === planted && found.notInPrimaAts === 0 && found.compared === layout.rows;
    const inBudget = sweepSeconds * (5_000_000 / layout.rows) <= BUDGET_SECONDS;
    say(`${correct ? 'PASS' : 'FAIL'}: every planted drift and nothing else was found`);
    say(
      `${inBudget ? 'PASS' : 'FAIL'}: ${fmt.fixed(sweepSeconds, 1)} s, scaled to 5,000,000 rows within ${BUDGET_SECONDS} s`,
    );
    return correct && inBudget ? 0 : 1;
  } finally {
    if (db.isInitialized) await db.destroy();
    await view.drop();
  }
}

async function seconds(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1_000;
}
