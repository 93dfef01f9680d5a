/** Exponential backoff with full jitter, capped, for transient failures. */
export interface RetryPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly multiplier: number;
  /** Attempts before a transient failure is treated as permanent; Infinity retries until shutdown. */
  readonly maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  initialMs: 100,
  maxMs: 30_000,
  multiplier: 2,
  maxAttempts: Infinity,
});

/**
 * The wait before retry number `attempt` (1-based). Full jitter spreads the retries of many
 * pods hitting one rate-limited vendor; a vendor's own Retry-After is honoured as a floor.
 */
export function backoffMs(
  policy: RetryPolicy,
  attempt: number,
  random = Math.random,
  floorMs = 0,
): number {
  const ceiling = Math.min(policy.maxMs, policy.initialMs * policy.multiplier ** (attempt - 1));
  return Math.max(floorMs, Math.round(random() * ceiling));
}
