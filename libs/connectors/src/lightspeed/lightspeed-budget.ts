import { TokenBucket } from '@parity/resilience';
import type { VendorResponse } from '../http/vendor-http';

/** Units a request takes from the account's bucket (third-party budgets, vendor-apis.md §1.3). */
export const LIGHTSPEED_READ_COST = 1;
export const LIGHTSPEED_WRITE_COST = 10;

/**
 * Units kept free: a token is taken before the request leaves (and before a token refresh it
 * may wait for), so the client's bucket refills for a moment Lightspeed's does not see. Two
 * units cover that gap instead of letting it surface as the occasional 429.
 */
const HEADROOM = 2;

/**
 * The account's leaky bucket as a client-side token bucket: 90 units draining at 1/s, and 10
 * more units and 0.5/s for every register beyond the first, less a little headroom.
 */
export function lightspeedBucket(registers: number, now?: () => number): TokenBucket {
  const extra = Math.max(0, registers - 1);
  return new TokenBucket(90 + 10 * extra - HEADROOM, 1 + 0.5 * extra, now);
}

/**
 * Believes `X-LS-API-Bucket-Level: used/size` on every response, so other clients of the same
 * account (another pod, the retailer's own apps) are counted against our budget too.
 */
export function observeBucketLevel(bucket: TokenBucket, response: VendorResponse): void {
  const match = /^\s*([\d.]+)\s*\/\s*([\d.]+)\s*$/.exec(
    response.headers.get('x-ls-api-bucket-level') ?? '',
  );
  if (!match) return;
  const used = Number(match[1]);
  const size = Number(match[2]);
  if (Number.isFinite(used) && Number.isFinite(size))
    bucket.observeRemaining(size - used - HEADROOM);
}
