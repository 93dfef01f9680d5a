import { stackEnv } from './stack-env';

export interface JaegerTrace {
  traceID: string;
  spans: { operationName: string; tags: { key: string; value: unknown }[] }[];
}

/** Traces Jaeger holds for a service over the last hour, through its query API. */
export async function findTraces(service: string, limit = 20): Promise<JaegerTrace[]> {
  const url = new URL('/api/traces', stackEnv('JAEGER_QUERY_URL'));
  url.search = new URLSearchParams({ service, limit: String(limit), lookback: '1h' }).toString();
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`Jaeger query answered HTTP ${response.status}`);
  return ((await response.json()) as { data: JaegerTrace[] | null }).data ?? [];
}

/** Polls until `found` holds for a service's traces; spans reach storage a moment after export. */
export async function waitForTraces(
  service: string,
  found: (traces: JaegerTrace[]) => boolean,
  timeoutMs = 10_000,
): Promise<JaegerTrace[]> {
  const deadline = Date.now() + timeoutMs;
  let traces: JaegerTrace[] = [];
  while (Date.now() < deadline) {
    traces = await findTraces(service).catch(() => []);
    if (found(traces)) return traces;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return traces;
}
