/**
 * Client-side rate limiting: a bucket of `capacity` tokens refilled at `refillPerSecond`.
 * A caller takes `cost` tokens before each request and waits when there are not enough, so
 * a connector stays inside a vendor's budget instead of learning it from 429s. Waiters are
 * served in arrival order, so one expensive request is not starved by many cheap ones.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    if (capacity <= 0 || refillPerSecond <= 0) {
      throw new RangeError('A token bucket needs a positive capacity and refill rate');
    }
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Resolves once `cost` tokens have been taken; costs above the capacity wait for a full bucket. */
  take(cost = 1): Promise<void> {
    const turn = this.queue.then(() => this.waitFor(Math.min(cost, this.capacity)));
    this.queue = turn;
    return turn;
  }

  /** Tokens available now, for metrics and tests. */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /**
   * Aligns the bucket with what the vendor reports it has left (Lightspeed's
   * `X-LS-API-Bucket-Level`), so other clients of the same account are accounted for.
   */
  observeRemaining(remaining: number): void {
    this.refill();
    this.tokens = Math.min(this.tokens, Math.max(0, remaining));
  }

  /** Empties the bucket after the vendor said 429: nothing more until it has refilled. */
  drain(): void {
    this.refill();
    this.tokens = 0;
  }

  private async waitFor(cost: number): Promise<void> {
    for (;;) {
      this.refill();
      if (this.tokens >= cost) {
        this.tokens -= cost;
        return;
      }
      const waitMs = Math.ceil(((cost - this.tokens) / this.refillPerSecond) * 1000);
      await sleep(waitMs);
    }
  }

  private refill(): void {
    const now = this.now();
    const elapsedSeconds = (now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.refillPerSecond);
    this.updatedAt = now;
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
