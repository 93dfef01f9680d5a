/**
 * R-Series' per-account leaky bucket (vendor-apis.md §1.3): 90 units and a drip of 1 unit/s,
 * plus 10 units and 0.5/s for every register beyond the first. A request that would overflow
 * the bucket is refused with 429 and a Retry-After in seconds.
 */
export class LeakyBucket {
  readonly size: number;
  readonly dripPerSecond: number;
  private level = 0;
  private updatedAt: number;

  constructor(
    registers: number,
    private readonly now: () => number,
  ) {
    const extra = Math.max(0, registers - 1);
    this.size = 90 + 10 * extra;
    this.dripPerSecond = 1 + 0.5 * extra;
    this.updatedAt = now();
  }

  /** Adds `cost` if it fits; otherwise the whole seconds until it would. */
  pour(cost: number): { accepted: true } | { accepted: false; retryAfterSeconds: number } {
    this.leak();
    const overflow = this.level + cost - this.size;
    if (overflow > 0) {
      return { accepted: false, retryAfterSeconds: Math.ceil(overflow / this.dripPerSecond) };
    }
    this.level += cost;
    return { accepted: true };
  }

  /** `used/size`, used rounded up so a client never believes it has more room than it has. */
  levelHeader(): string {
    this.leak();
    return `${Math.ceil(this.level * 1000) / 1000}/${this.size}`;
  }

  empty(): void {
    this.level = 0;
    this.updatedAt = this.now();
  }

  currentLevel(): number {
    this.leak();
    return this.level;
  }

  private leak(): void {
    const now = this.now();
    this.level = Math.max(0, this.level - ((now - this.updatedAt) / 1000) * this.dripPerSecond);
    this.updatedAt = now;
  }
}
