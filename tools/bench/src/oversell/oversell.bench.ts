import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOptions, type OptionSpec } from '../cli-options';
import { fmt, say } from '../output';

interface OversellOptions {
  /** Simulated minutes of peak trading per run. */
  readonly minutes: number;
  /** The batch design's interval, in simulated minutes. */
  readonly batchMinutes: number;
}

const spec: OptionSpec<OversellOptions> = {
  minutes: { default: 24, min: 1 },
  batchMinutes: { default: 15, min: 1 },
};

export const oversellUsage = `oversell [--minutes 24] [--batch-minutes 15]
  the sellout scenario (peak rates, scarce stock) twice through the whole pipeline: ATS pushed
  in batches every --batch-minutes (simulated), then Parity's near-real-time flow; oversells`;

/** What a run's summary JSON holds that this benchmark reads (tools/demo/src/summary.ts). */
interface RunFigures {
  readonly seconds: number;
  readonly tally: {
    readonly done: Readonly<Record<string, number>>;
    readonly oversells: {
      readonly posLines: number;
      readonly posUnits: number;
      readonly onlineLines: number;
      readonly onlineUnits: number;
    };
  };
  readonly syncLagSeconds: Readonly<
    Record<string, { readonly p50?: number; readonly p99?: number }>
  >;
  readonly parityByStatus: Readonly<Record<string, number>>;
}

interface Run {
  readonly label: string;
  readonly args: readonly string[];
}

/**
 * `npm run bench -- oversell`: the same seeded scenario (same world, same arrivals) played
 * twice through the main command, first with available-to-sell pushed to Prima and the tills
 * in batches (what the retailers' consultants warn about), then with Parity's near-real-time
 * flow, each from empty service state. The sandbox counts every unit a channel sold that was
 * not physically there. The batch run is the baseline Parity must beat; the target is 0.
 * The scenario is `sellout`: the peak's order and sale rates on a small range held in few
 * units, because oversells happen only where stock runs out, which the peak's deep stock never
 * does within the hour.
 */
export async function oversellBench(args: readonly string[]): Promise<number> {
  const options = parseOptions(spec, args);
  const dir = await mkdtemp(join(tmpdir(), 'parity-oversell-'));
  const runs: Run[] = [
    {
      label: `batches every ${options.batchMinutes} min`,
      args: ['--ats-batch-minutes', String(options.batchMinutes)],
    },
    { label: 'Parity near real time', args: [] },
  ];
  const results: { run: Run; figures: RunFigures }[] = [];
  for (const [index, run] of runs.entries()) {
    const summary = join(dir, `run-${index}.json`);
    say(`\n== run ${index + 1}/${runs.length}: ${run.label}`);
    const code = await playScenario([
      '--scenario',
      'sellout',
      '--minutes',
      String(options.minutes),
      '--summary-json',
      summary,
      ...run.args,
    ]);
    const written = await readFile(summary, 'utf8').catch(() => undefined);
    if (written === undefined) {
      say(`run '${run.label}' failed before its summary (exit ${code})`);
      return 1;
    }
    // A service that overran its shutdown is worth a look, not a reason to lose the figures.
    if (code !== 0) say(`run '${run.label}' exited ${code} after its summary (see its output)`);
    results.push({ run, figures: JSON.parse(written) as RunFigures });
  }

  say(`\n== oversell: sellout scenario, ${options.minutes} simulated minutes per run`);
  say(
    `${'flow'.padEnd(26)} ${'web orders'.padStart(10)} ${'till sales'.padStart(10)}` +
      ` ${'oversold lines (web/till)'.padStart(26)} ${'units'.padStart(6)}` +
      ` ${'Prima sync p50'.padStart(15)} ${'p99'.padStart(9)}`,
  );
  for (const { run, figures } of results) {
    const o = figures.tally.oversells;
    say(
      `${run.label.padEnd(26)} ${fmt.int(figures.tally.done['onlineOrder'] ?? 0).padStart(10)}` +
        ` ${fmt.int(figures.tally.done['posSale'] ?? 0).padStart(10)}` +
        ` ${`${o.onlineLines + o.posLines} (${o.onlineLines}/${o.posLines})`.padStart(26)}` +
        ` ${fmt.int(o.onlineUnits + o.posUnits).padStart(6)}` +
        ` ${seconds(figures.syncLagSeconds['PRIMA']?.p50).padStart(15)} ${seconds(figures.syncLagSeconds['PRIMA']?.p99).padStart(9)}`,
    );
  }
  const parity = results.at(-1)?.figures.tally.oversells;
  const oversold = parity ? parity.onlineLines + parity.posLines : Number.NaN;
  say(`target: 0 oversells for Parity's flow → ${oversold === 0 ? 'PASS' : 'MISS'}`);
  return 0;
}

/** Runs the main command's program with `args`, its output indented under this one's. */
function playScenario(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'tsx',
      ['--tsconfig', 'tsconfig.base.json', 'tools/demo/src/main.ts', ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.on('data', (chunk: Buffer) =>
      process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '  │ ')),
    );
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function seconds(value: number | undefined): string {
  if (value === undefined) return 'n/a';
  return value === Infinity ? '> max' : `${fmt.fixed(value, 2)} s`;
}
