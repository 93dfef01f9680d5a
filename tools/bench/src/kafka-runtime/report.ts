import { fmt, say } from '../output';
import type { ScenarioResult } from './scenario-result';

/** The targets for the runtime on this 2-core machine. */
const TARGETS = { eventsPerSecond: 20_000, overBaseline: 10, ofCeiling: 0.5 };

/** The final table (Markdown, so it pastes into docs/benchmarks.md), notes and targets. */
export function printReport(results: readonly ScenarioResult[]): void {
  say();
  say(
    '| scenario | events | seconds | events/s | p50 ms | p95 ms | p99 ms | CPU % (all / bench / kafka / pg / other) | load |',
  );
  say('|---|--:|--:|--:|--:|--:|--:|---|--:|');
  for (const r of results) {
    const latency = r.latencyMs
      ? [r.latencyMs.p50, r.latencyMs.p95, r.latencyMs.p99].map((ms) => fmt.int(ms))
      : ['–', '–', '–'];
    const { cpu } = r;
    const cpuShares = [cpu.machine, cpu.bench, cpu.kafka, cpu.postgres, cpu.other]
      .map((share) => fmt.int(share))
      .join(' / ');
    say(
      `| ${r.label} | ${fmt.int(r.events)} | ${fmt.fixed(r.seconds)} | ${fmt.int(r.rate)} | ${latency.join(' | ')} | ${cpuShares} of ${cpu.cores * 100} | ${fmt.fixed(cpu.load1, 2)} |`,
    );
  }
  say();
  say(
    'Backlog scenarios show no latency: an event waiting behind a million others measures the queue, not the consumer.',
  );
  for (const r of results) for (const note of r.notes) say(`- ${r.scenario}: ${note}`);
  printTargets(results);
}

function printTargets(results: readonly ScenarioResult[]): void {
  const rate = (scenario: ScenarioResult['scenario']) =>
    results.find((r) => r.scenario === scenario)?.rate;
  const runtime = rate('runtime');
  const baseline = rate('baseline');
  const ceiling = rate('ceiling');
  if (runtime === undefined) return;
  const times = (n: number) => `${fmt.fixed(n, 2)}×`;
  say();
  check(
    `runtime ≥ ${fmt.int(TARGETS.eventsPerSecond)} events/s`,
    runtime,
    TARGETS.eventsPerSecond,
    fmt.int,
  );
  if (baseline)
    check(
      `runtime / baseline ≥ ${TARGETS.overBaseline}×`,
      runtime / baseline,
      TARGETS.overBaseline,
      times,
    );
  if (ceiling)
    check(`runtime / ceiling ≥ ${TARGETS.ofCeiling}×`, runtime / ceiling, TARGETS.ofCeiling, times);
}

function check(
  target: string,
  actual: number,
  wanted: number,
  format: (n: number) => string,
): void {
  const shortfall =
    actual >= wanted ? '' : ` (${fmt.fixed((actual / wanted) * 100, 0)} % of the target)`;
  say(`${actual >= wanted ? 'PASS' : 'MISS'}  ${target}: ${format(actual)}${shortfall}`);
}
