export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/**
 * Nearest-rank percentiles of a sample, in its own unit. A sorted copy is plenty for the
 * few hundred thousand latencies one run records; an HDR histogram would only save memory.
 */
export function percentiles(sample: readonly number[]): Percentiles | undefined {
  if (sample.length === 0) return undefined;
  const sorted = Float64Array.from(sample).sort();
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: rank(0.5), p95: rank(0.95), p99: rank(0.99) };
}
