import { backoffMs, sleep, type RetryPolicy } from '@parity/resilience';
import { ConnectorError } from './connector-error';

export interface CreateOnce<T> {
  /** Finds the record by our external reference, if the vendor already has it. */
  find(): Promise<T | undefined>;
  create(): Promise<T>;
  readonly retry?: RetryPolicy;
}

const DEFAULT_RETRY: RetryPolicy = { initialMs: 200, maxMs: 10_000, multiplier: 2, maxAttempts: 5 };

/**
 * Idempotent creation for vendors without idempotency keys: search by external reference
 * before every create attempt. A create that timed out may have succeeded, so the retry looks
 * first and never makes a second record. A 409 from the vendor means someone else created it:
 * look again. Returns the record and whether this call made it.
 */
export async function createOnce<T>(spec: CreateOnce<T>): Promise<{ record: T; created: boolean }> {
  const policy = spec.retry ?? DEFAULT_RETRY;
  for (let attempt = 1; ; attempt++) {
    const existing = await spec.find();
    if (existing !== undefined) return { record: existing, created: false };
    try {
      return { record: await spec.create(), created: true };
    } catch (error) {
      const conflict = error instanceof ConnectorError && error.code === 'CONNECTOR.CONFLICT';
      const retriable = error instanceof ConnectorError && error.retriable;
      if ((!conflict && !retriable) || attempt >= policy.maxAttempts) throw error;
      if (!conflict) {
        await sleep(
          backoffMs(policy, attempt, Math.random, (error as ConnectorError).retryAfterMs),
        );
      }
    }
  }
}
