import { services } from '@parity/launcher';

const base = `http://127.0.0.1:${services.reconciliation}`;

export async function paritySummary(): Promise<unknown> {
  const response = await fetch(`${base}/parity/summary`);
  return response.ok ? response.json() : undefined;
}
