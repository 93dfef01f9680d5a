/**
 * Counts events from the first one a scenario handles to the `target`-th one it finishes,
 * so connecting, joining the group and the first fetch are not part of the rate.
 */
export class ThroughputMeter {
  private startedAt: number | undefined;
  private reachedAt: number | undefined;
  private reached: (() => void) | undefined;
  private count = 0;
  readonly done: Promise<void>;

  /** `onStart` runs once, with the first event: a CPU sample starts there, too. */
  constructor(
    readonly target: number,
    private readonly onStart?: () => void,
  ) {
    this.done = new Promise((resolve) => (this.reached = resolve));
  }

  /** The scenario's code has the first event in hand; later calls change nothing. */
  begin(): void {
    if (this.startedAt !== undefined) return;
    this.onStart?.();
    this.startedAt = performance.now();
  }

  /** `n` more events are finished (decoded, or their effect committed). */
  add(n: number): void {
    this.begin();
    this.count += n;
    if (this.count >= this.target && this.reachedAt === undefined) {
      this.reachedAt = performance.now();
      this.reached?.();
    }
  }

  get events(): number {
    return this.count;
  }

  /** Seconds from the first event to the target one (or to now, while running). */
  get seconds(): number {
    if (this.startedAt === undefined) return 0;
    return ((this.reachedAt ?? performance.now()) - this.startedAt) / 1000;
  }

  /** Events per second up to the target (or so far). */
  get rate(): number {
    const seconds = this.seconds;
    return seconds > 0 ? Math.min(this.count, this.target) / seconds : 0;
  }
}
