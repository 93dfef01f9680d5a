import { services } from '@parity/launcher';

const base = `http://127.0.0.1:${services.reconciliation}`;

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
