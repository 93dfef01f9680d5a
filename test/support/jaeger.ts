import { stackEnv } from './stack-env';

export interface JaegerTrace {
  traceID: string;
  spans: { operationName: string; tags: { key: string; value: unknown }[] }[];
}

/** Narrows a search: an operation (span name) and span attributes that must match exactly. */
export interface TraceFilter {
  readonly operation?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Traces Jaeger holds for a service over the last hour, through its query API, newest first.
 * Filter when looking for one request: a service's pollers and consumers trace all the time,
 * so an unfiltered search can miss a request made a moment ago behind newer traces.
 */
export async function findTraces(
  service: string,
  filter: TraceFilter = {},
  limit = 20,
): Promise<JaegerTrace[]> {
  const url = new URL('/api/traces', stackEnv('JAEGER_QUERY_URL'));
  url.search = new URLSearchParams({
    service,
    limit: String(limit),
    lookback: '1h',
    ...(filter.operation && { operation: filter.operation }),
    ...(filter.tags && { tags: JSON.stringify(filter.tags) }),
  }).toString();
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`Jaeger query answered HTTP ${response.status}`);
  return ((await response.json()) as { data: JaegerTrace[] | null }).data ?? [];
}

/** Polls until `found` holds for a service's traces; spans reach storage a moment after export. */
export async function waitForTraces(
  service: string,
  found: (traces: JaegerTrace[]) => boolean,
  filter: TraceFilter = {},
  timeoutMs = 10_000,
): Promise<JaegerTrace[]> {
  const deadline = Date.now() + timeoutMs;
  let traces: JaegerTrace[] = [];
  while (Date.now() < deadline) {
    traces = await findTraces(service, filter).catch(() => []);
    if (found(traces)) return traces;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return traces;
}
