import { parseOptions, type OptionSpec } from '../cli-options';

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
  readonly scenarios: readonly EdgeScenario[];
}

const spec: OptionSpec<EdgeBenchOptions> = {
  requests: { default: 30_000, min: 1 },
  concurrency: { default: 64, min: 1 },
  rate: { default: 2_000, min: 1 },
  seconds: { default: 30, min: 1 },
  skus: { default: 5_000, min: 1 },
  scenarios: { default: EDGE_SCENARIOS, oneOf: EDGE_SCENARIOS },
};

export const edgeUsage = `edge [options]        (needs the built service: npx nx build edge)
  --requests N    webhooks in the unpaced runs (default 30,000)
  --concurrency N requests in flight (default 64)
  --rate N        paced run: webhooks/s (default 2,000)
  --seconds N     paced run: duration (default 30)
  --skus N        SKUs the stock adjustments spread over (default 5,000)
  --scenarios a,b any of ${EDGE_SCENARIOS.join(',')} (default all)`;

export function parseEdgeOptions(args: readonly string[]): EdgeBenchOptions {
  return parseOptions(spec, args);
}
