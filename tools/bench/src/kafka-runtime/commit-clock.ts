import type { ConsumedMessage } from '@parity/kafka';
import type { DataSource, EntityManager } from 'typeorm';

type Work = (tx: EntityManager) => Promise<unknown>;

/**
 * Sees the moment each of the runtime's lane transactions commits, without changing the
 * runtime: the EventConsumer gets a DataSource whose `transaction` is wrapped. The handler
 * notes which messages a transaction carries (`ctx.tx` is that transaction's manager);
 * when COMMIT returns, they count as done and, for the paced run, their end-to-end latency
 * (commit time minus the Kafka timestamp the producer set) is recorded. A transaction that
 * rolls back (a retry, a lane redone to isolate a poison message) records nothing.
 */
export class CommitClock {
  readonly latenciesMs: number[] = [];
  private readonly carrying = new Map<EntityManager, readonly ConsumedMessage<unknown>[]>();

  constructor(
    private readonly onCommitted: (events: number) => void,
    private readonly recordLatency = false,
  ) {}

  /** Called by the handler: these messages' effects are in `tx`. */
  note(tx: EntityManager, messages: readonly ConsumedMessage<unknown>[]): void {
    this.carrying.set(tx, [...(this.carrying.get(tx) ?? []), ...messages]);
  }

  wrap(db: DataSource): DataSource {
    return new Proxy(db, {
      get: (target, property, receiver) => {
        if (property !== 'transaction') return Reflect.get(target, property, receiver);
        return (work: Work) => this.timed(target, work);
      },
    });
  }

  private async timed(db: DataSource, work: Work): Promise<unknown> {
    // The runtime only ever calls transaction(work); an isolation level would be a change worth noticing.
    if (typeof work !== 'function') throw new Error('CommitClock: transaction(work) expected');
    let manager: EntityManager | undefined;
    try {
      const result = await db.transaction((tx) => {
        manager = tx;
        return work(tx);
      });
      this.committed(manager);
      return result;
    } finally {
      if (manager) this.carrying.delete(manager);
    }
  }

  private committed(tx: EntityManager | undefined): void {
    const messages = tx ? this.carrying.get(tx) : undefined;
    if (!messages || messages.length === 0) return;
    if (this.recordLatency) {
      const now = Date.now();
      for (const message of messages) this.latenciesMs.push(now - Number(message.timestamp));
    }
    this.onCommitted(messages.length);
  }
}
