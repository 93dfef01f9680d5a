/**
 * Decides which authentication failures raise an exception: the first per vendor and channel
 * in each window. A misconfigured vendor or a scanner can fail thousands of times a minute;
 * the platform team needs to hear about it once, with every attempt still in the archive.
 */
export class RefusalThrottle {
  private readonly lastRaised = new Map<string, number>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  shouldRaise(key: string): boolean {
    const now = this.now();
    const last = this.lastRaised.get(key);
    if (last !== undefined && now - last < this.windowMs) return false;
    this.lastRaised.set(key, now);
    return true;
  }
}
