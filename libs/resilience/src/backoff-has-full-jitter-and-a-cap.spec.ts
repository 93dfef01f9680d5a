import { backoffMs, type RetryPolicy } from './retry-policy';

const policy: RetryPolicy = { initialMs: 100, maxMs: 1_000, multiplier: 2, maxAttempts: Infinity };

describe('backoffMs', () => {
  it('grows exponentially up to the cap, at the top of the jitter range', () => {
    expect([1, 2, 3, 4, 5, 10].map((attempt) => backoffMs(policy, attempt, () => 1))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  it('spreads retries over the whole range below that', () => {
    expect(backoffMs(policy, 3, () => 0)).toBe(0);
    expect(backoffMs(policy, 3, () => 0.5)).toBe(200);
  });

  it('never retries sooner than a vendor’s Retry-After', () => {
    expect(backoffMs(policy, 1, () => 0, 5_000)).toBe(5_000);
  });
});
