import type { ScenarioTally } from '@parity/simulators';
import type { ExceptionWatch } from './exception-watch';
import { paritySummary, type SweptSource } from './reconciliation-api';
import type { PipelineState } from './pipeline-watch';
import { histogramPercentile, scrape } from './service-metrics';

/** The figures of a run, as `--summary-json` writes them. */
export interface RunFigures {
  readonly seconds: number;
  readonly tally: ScenarioTally;
  readonly pipeline: PipelineState;
  /** Per target (PRIMA, SITOO, LIGHTSPEED) that acknowledged anything. */
  readonly syncLagSeconds: Readonly<
    Record<string, { readonly p50?: number; readonly p99?: number }>
  >;
  readonly parityByStatus: Record<string, number>;
  readonly sweep: Sweeps;
  readonly exceptionsByTypeAndTeam: Record<string, number>;
}

/** The end-of-run report: what happened, how fast Parity kept up, what it caught. */
export async function summarise(
  tally: ScenarioTally,
  state: PipelineState,
  seconds: number,
  exceptions: ExceptionWatch,
  sweep: Sweeps,
): Promise<{ lines: string[]; figures: RunFigures }> {
  const lines: string[] = [];
  lines.push(`scenario: ${JSON.stringify(countsOf(tally))} in ${seconds.toFixed(0)} s`);
  lines.push(
    `events processed: edge accepted ${state.edgeAccepted} vendor payloads (rejected ${state.edgeRejected}, duplicates ignored ${state.edgeDuplicates}); inventory applied ${state.inventoryApplied} stock movements`,
  );
  const inventory = await scrape('inventory');
  const lag = (q: number, target: string) =>
    histogramPercentile(inventory, 'parity_inventory_sync_lag_seconds', q, { target });
  const syncLagSeconds: Record<string, { p50?: number; p99?: number }> = {};
  for (const target of ['PRIMA', 'SITOO', 'LIGHTSPEED']) {
    const [p50, p99] = [lag(0.5, target), lag(0.99, target)];
    if (p50 !== undefined) syncLagSeconds[target] = { p50, p99 };
  }
  const lags = Object.entries(syncLagSeconds);
  lines.push(
    lags.length === 0
      ? 'sync latency: no target acknowledged a push in this run'
      : `sync latency (source event → target ack, histogram bucket bounds): ${lags
          .map(
            ([target, { p50, p99 }]) =>
              `${target} p50 ≤ ${fmtSeconds(p50)}, p99 ≤ ${fmtSeconds(p99)}`,
          )
          .join('; ')}`,
  );
  const parity = (await paritySummary()) as { byStatus?: Record<string, number> } | undefined;
  const parityByStatus = parity?.byStatus ?? {};
  lines.push(`stock parity (SKU × depot): ${JSON.stringify(parityByStatus)}`);
  lines.push(`snapshot sweep of the vendors' APIs: ${describeSweep(sweep.first)}`);
  lines.push(`  after inventory re-read what it found: ${describeSweep(sweep.second)}`);
  const raised = await exceptions.raised();
  const byKind = new Map<string, number>();
  for (const e of raised) {
    const key = `${e.type} → ${e.team}`;
    byKind.set(key, (byKind.get(key) ?? 0) + 1);
  }
  const problems = new Set(raised.map((e) => e.fingerprint)).size;
  lines.push(
    `exceptions raised: ${raised.length} (${problems} distinct problems in the ledger), by type → team:`,
  );
  for (const [kind, count] of [...byKind.entries()].sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${String(count).padStart(6)}  ${kind}`);
  }
  lines.push(`oversells measured by the sandbox: ${JSON.stringify(tally.oversells)}`);
  return {
    lines,
    figures: {
      seconds,
      tally,
      pipeline: state,
      syncLagSeconds,
      parityByStatus,
      sweep,
      exceptionsByTypeAndTeam: Object.fromEntries(byKind),
    },
  };
}

/** The sweep run after the pipeline settled, and again once inventory re-read what it found. */
export interface Sweeps {
  readonly first: readonly SweptSource[] | undefined;
  readonly second: readonly SweptSource[] | undefined;
}

function describeSweep(sources: readonly SweptSource[] | undefined): string {
  if (!sources) return 'did not run';
  return sources.map((s) => `${s.system} ${s.compared} compared, ${s.drifted} drifted`).join('; ');
}

function countsOf(tally: ScenarioTally): Record<string, unknown> {
  const { oversells: _oversells, ...rest } = tally as ScenarioTally & { oversells: unknown };
  return rest;
}

function fmtSeconds(seconds: number | undefined): string {
  if (seconds === undefined) return 'n/a';
  return seconds === Infinity ? '> largest bucket' : `${Math.round(seconds * 1000)} ms`;
}
