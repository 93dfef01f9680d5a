import { parseOptions, UsageError, type OptionSpec } from '../cli-options';

export const EDGE_SCENARIOS = ['baseline', 'max', 'paced'] as const;
export type EdgeScenario = (typeof EDGE_SCENARIOS)[number];

/** What one `edge` run does; every field has a flag of the same name in kebab-case. */
export interface EdgeBenchOptions {
  /** Webhooks posted as fast as the connections allow (and to the baseline route). */
  readonly requests: number;
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** The paced run: webhooks per second and for how long. */
  readonly rate: number;
  readonly seconds: number;
  /** Distinct SKUs the adjustments are spread over. */
  readonly skus: number;
  /** Share of requests edge traces (OpenTelemetry parent-based ratio sampler); 100 = all. */
  readonly tracePercent: number;
  readonly scenarios: readonly EdgeScenario[];
}

const spec: OptionSpec<EdgeBenchOptions> = {
  requests: { default: 30_000, min: 1 },
  concurrency: { default: 64, min: 1 },
  rate: { default: 2_000, min: 1 },
  seconds: { default: 30, min: 1 },
  skus: { default: 5_000, min: 1 },
  tracePercent: { default: 100, min: 0 },
  scenarios: { default: EDGE_SCENARIOS, oneOf: EDGE_SCENARIOS },
};

export const edgeUsage = `edge [options]        (needs the built service: npx nx build edge)
  --requests N    webhooks in the unpaced runs (default 30,000)
  --concurrency N requests in flight (default 64)
  --rate N        paced run: webhooks/s (default 2,000)
  --seconds N     paced run: duration (default 30)
  --skus N        SKUs the stock adjustments spread over (default 5,000)
  --trace-percent N  share of requests edge traces (default 100: all)
  --scenarios a,b any of ${EDGE_SCENARIOS.join(',')} (default all)`;

export function parseEdgeOptions(args: readonly string[]): EdgeBenchOptions {
  const options = parseOptions(spec, args);
  if (options.tracePercent > 100) throw new UsageError('--trace-percent is at most 100');
  return options;
}
