import { services } from '@parity/launcher';
import { WorldApi } from '@parity/world-api';
import type { WorldTables } from '@parity/world';
import { waitForWorldVersion } from './service-metrics';

const base = `http://127.0.0.1:${services.reconciliation}`;
const WORLD_READERS = ['edge', 'inventory', 'reconciliation'] as const;

/**
 * Seeds the sandbox's world model through reconciliation's API, as a first install does from
 * its file, and waits until every service reading it holds it (its
 * parity_world_model_changed_at_seconds): edge, so no till sale is played against an edge that
 * does not know the shops yet; inventory, so no movement meets a depot it does not know; and
 * reconciliation, whose sweep reads its depots from it.
 */
export async function seedWorld(world: WorldTables): Promise<number> {
  const answer = await new WorldApi(base).seed(world, { by: 'demo', note: 'the seeded world' });
  if (!answer.ok) throw new Error(`world model refused: ${answer.problems.join('; ')}`);
  for (const reader of WORLD_READERS) await waitForWorldVersion(reader, new Date(answer.body.at));
  return answer.body.version;
}

export async function paritySummary(): Promise<unknown> {
  const response = await fetch(`${base}/parity/summary`);
  return response.ok ? response.json() : undefined;
}

/** What one source's sweep found (reconciliation's SweepReport, as the demo reads it). */
export interface SweptSource {
  readonly system: string;
  readonly compared: number;
  readonly drifted: number;
  readonly notInPrimaAts: number;
}

/** Runs the snapshot sweep against the vendors' APIs now, as an operator's "sweep now" does. */
export async function sweepNow(): Promise<readonly SweptSource[] | undefined> {
  const response = await fetch(`${base}/sweeps`, { method: 'POST' });
  if (!response.ok) return undefined;
  return ((await response.json()) as { sources: SweptSource[] }).sources;
}
