type Waiting<I, O> = { item: I; resolve: (out: O) => void; reject: (error: unknown) => void };

/**
 * Collects work submitted concurrently and commits it in one go: while a batch is being
 * written, new submissions queue up and become the next batch. Under load this turns many
 * small transactions into a few larger ones (far fewer fsyncs); when idle a submission is
 * written at once, so it adds no latency of its own. Up to `writers` batches are in flight at
 * once, so one batch's commit (an fsync) overlaps the next one's statements.
 */
export class GroupCommit<I, O> {
  private readonly queue: Waiting<I, O>[] = [];
  private active = 0;

  constructor(
    private readonly write: (items: readonly I[]) => Promise<readonly O[]>,
    private readonly maxBatch = 500,
    private readonly writers = 2,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.active < this.writers) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.active += 1;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const results = await this.write(batch.map((entry) => entry.item));
          batch.forEach((entry, i) => entry.resolve(results[i] as O));
        } catch (error) {
          // The transaction rolled back: nothing of this batch was kept, each caller is told.
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      this.active -= 1;
    }
  }
}
