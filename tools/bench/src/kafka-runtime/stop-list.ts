/**
 * What a run has started and not yet stopped (consumers, the Nest app, pools, producers),
 * so an interrupted or failed run stops them before deleting what they use: a consumer still
 * in its group keeps the group from being deleted, an open transaction holds up DROP SCHEMA.
 */
export class StopList {
  private readonly stops = new Set<() => Promise<void>>();

  /** Registers how to stop something; returns that stop, which is safe to call twice. */
  add(stop: () => Promise<void>): () => Promise<void> {
    let stopping: Promise<void> | undefined;
    const once = () => {
      this.stops.delete(once);
      return (stopping ??= stop());
    };
    this.stops.add(once);
    return once;
  }

  /** Stops everything still running, newest first; returns what failed. */
  async stopAll(): Promise<unknown[]> {
    const failures: unknown[] = [];
    for (const stop of [...this.stops].reverse())
      await stop().catch((e: unknown) => failures.push(e));
    return failures;
  }
}
