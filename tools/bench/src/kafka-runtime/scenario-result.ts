import type { CpuShare } from '../measure/cpu-sampler';
import type { Percentiles } from '../measure/percentiles';

export interface ScenarioResult {
  readonly scenario: 'ceiling' | 'runtime' | 'baseline' | 'paced';
  /** What ran, in a few words, for the table. */
  readonly label: string;
  readonly events: number;
  readonly seconds: number;
  readonly rate: number;
  /** Produce timestamp to committed effect; only meaningful when not draining a backlog. */
  readonly latencyMs?: Percentiles;
  readonly cpu: CpuShare;
  /** Settings and checks worth printing under the table. */
  readonly notes: readonly string[];
}
