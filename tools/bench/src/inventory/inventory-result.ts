import type { CpuShare } from '../measure/cpu-sampler';
import type { Percentiles } from '../measure/percentiles';

export interface InventoryResult {
  readonly label: string;
  readonly movements: number;
  readonly seconds: number;
  readonly movementsPerSecond: number;
  /** Availability events published per second over the same window; absent for the ceiling. */
  readonly availabilityPerSecond?: number;
  /** Movement produced → its availability event received from Kafka. */
  readonly latencyMs?: Percentiles;
  readonly cpu: CpuShare;
  readonly notes: readonly string[];
}
