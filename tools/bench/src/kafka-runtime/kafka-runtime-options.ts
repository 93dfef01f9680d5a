import { parseOptions, type OptionSpec } from '../cli-options';

export const SCENARIOS = ['ceiling', 'runtime', 'baseline', 'paced'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** What one `kafka-runtime` run does; every field has a flag of the same name in kebab-case. */
export interface KafkaRuntimeOptions {
  /** Events in the backlog that the ceiling and the runtime consume. */
  readonly events: number;
  readonly skus: number;
  readonly partitions: number;
  /** The baseline runs on a prefix of the backlog: at its rate, all of it would take hours. */
  readonly baselineEvents: number;
  /** EventConsumer: concurrent key lanes per partition batch. */
  readonly lanes: number;
  /** EventConsumer (and the ceiling's consumer): partition batches in flight at once. */
  readonly partitionsConcurrently: number;
  /** The runtime's pg pool; lanes × partitions beyond it wait for a connection. */
  readonly pool: number;
  /** The paced latency run: events per second and for how long. */
  readonly pacedRate: number;
  readonly pacedSeconds: number;
  readonly scenarios: readonly ScenarioName[];
}

// Defaults are the tuned settings reported in docs/benchmarks.md.
const spec: OptionSpec<KafkaRuntimeOptions> = {
  events: { default: 1_000_000, min: 1 },
  skus: { default: 50_000, min: 1 },
  partitions: { default: 12, min: 1 },
  baselineEvents: { default: 50_000, min: 1 },
  lanes: { default: 1, min: 1 },
  partitionsConcurrently: { default: 12, min: 1 },
  pool: { default: 12, min: 1 },
  pacedRate: { default: 2_000, min: 1 },
  pacedSeconds: { default: 30, min: 1 },
  scenarios: { default: SCENARIOS, oneOf: SCENARIOS },
};

export const kafkaRuntimeUsage = `kafka-runtime [options]
  --events N                   backlog size (default 1,000,000)
  --skus N                     distinct SKUs (default 50,000)
  --partitions N               partitions of the bench topics (default 12)
  --baseline-events N          prefix the naive baseline consumes (default 50,000)
  --lanes N                    EventConsumer lanesPerPartition (default 1)
  --partitions-concurrently N  EventConsumer partitionsConcurrently (default 12)
  --pool N                     the runtime's pg pool size (default 12)
  --paced-rate N               paced run: events/s (default 2,000)
  --paced-seconds N            paced run: duration (default 30)
  --scenarios a,b              any of ${SCENARIOS.join(',')} (default all)`;

export function parseKafkaRuntimeOptions(args: readonly string[]): KafkaRuntimeOptions {
  return parseOptions(spec, args);
}
