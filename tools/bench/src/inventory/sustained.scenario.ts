import type { ServiceProcess } from '@parity/launcher';
import { CpuSampler } from '../measure/cpu-sampler';
import { ThroughputMeter } from '../measure/throughput-meter';
import { fmt, reportProgress } from '../output';
import { drained, type BenchInventoryService } from './bench-inventory-service';
import type { InventoryResult } from './inventory-result';
import { expectedTotals, type Workload } from './warehouse-day';

export interface SustainedRun {
  readonly service: BenchInventoryService;
  readonly work: Workload;
  readonly movements: number;
  /** Σ of inventory.availability.v1's end offsets. */
  readonly availabilityEnd: () => Promise<number>;
}

/**
 * Sustained throughput: the backlog is already on wms.stock-movements.v1; the built service
 * starts and the clock runs until its group has committed the last movement and its outbox
 * is empty, i.e. the last availability event is on Kafka. Returns the running service.
 */
export async function sustainedScenario(
  run: SustainedRun,
): Promise<{ results: InventoryResult[]; service: ServiceProcess }> {
  const availabilityBefore = await run.availabilityEnd();
  const spawnedAt = performance.now();
  let firstCommitAt: number | undefined;
  const meter = new ThroughputMeter(run.movements);
  const service = run.service.start();
  const stopProgress = reportProgress('inventory', meter);
  const sampler = new CpuSampler();
  let applied = 0;
  try {
    await drained(run.service, run.movements, (progress) => {
      if (progress.applied > applied) {
        firstCommitAt ??= performance.now();
        meter.add(progress.applied - applied);
        applied = progress.applied;
      }
    });
  } catch (error) {
    await service.stop();
    throw error;
  } finally {
    stopProgress();
  }
  const doneAt = performance.now();
  const cpu = sampler.finish();
  const published = (await run.availabilityEnd()) - availabilityBefore;
  const check = await totalsCheck(run);
  const fromSpawn = (doneAt - spawnedAt) / 1000;
  const fromFirstCommit = (doneAt - (firstCommitAt ?? spawnedAt)) / 1000;
  const row = (label: string, seconds: number, notes: string[]): InventoryResult => ({
    label,
    movements: run.movements,
    seconds,
    movementsPerSecond: run.movements / seconds,
    availabilityPerSecond: published / seconds,
    cpu,
    notes,
  });
  return {
    service,
    results: [
      row('inventory service, from process start', fromSpawn, [
        `${fmt.int(published)} availability events (${fmt.fixed(published / run.movements, 2)} per movement: coalesced per SKU × depot within a lane)`,
        check,
        'CPU: the service is a child process, so it counts under "other"',
      ]),
      row('inventory service, from its first applied lane', fromFirstCommit, [
        'excludes boot, group join and the first batch',
      ]),
    ],
  };
}

async function totalsCheck(run: SustainedRun): Promise<string> {
  const expected = expectedTotals(run.work, run.movements);
  const actual = await run.service.ledgerTotals(run.work.skuPrefix);
  const same =
    actual.rows === expected.rows &&
    actual.onHand === expected.onHand &&
    actual.allocated === expected.allocated &&
    actual.lastSequenceSum === expected.lastSequenceSum &&
    actual.openRequests === 0;
  const held = `${fmt.int(actual.rows)} rows, Σ on hand ${fmt.int(actual.onHand)}, Σ allocated ${fmt.int(actual.allocated)}, Σ last sequence ${fmt.int(actual.lastSequenceSum)}, ${actual.openRequests} open snapshot requests`;
  return same
    ? `ledger checked: ${held}, exactly the movements' sum`
    : `MISMATCH ledger: ${held}; expected ${JSON.stringify(expected)}`;
}
