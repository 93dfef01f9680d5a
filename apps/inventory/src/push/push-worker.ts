import { exceptionTopicFor, Topics } from '@parity/contracts';
import type { EventPublisher } from '@parity/kafka';
import { backoffMs, defaultRetryPolicy } from '@parity/resilience';
import { createLogger, errorFields } from '@parity/telemetry';
import type { DataSource } from 'typeorm';
import type { DepotMap } from '../depots/depot-settings';
import { pushRefusedException } from './push-exceptions';
import type { PushQueueRepository } from './push-queue.repository';
import type { PushAnswer, Pusher } from './pusher';
import { syncAckOf } from './sync-ack-event';
import { syncLagSeconds, type SyncLagAlerts } from './sync-lag';

type Answered = Exclude<PushAnswer, { kind: 'RETRY' }>;

/**
 * Drains one target's pushes: leases the due ones (in a short transaction of its own, so no
 * lock is held while the vendor answers), sends them, then records every answer in one
 * transaction: the queue row done, the SyncAck and any exception through the outbox, the
 * lag observed. A push that failed for now is released with a backoff; a refused one raises
 * an exception to its team and holds nothing else up.
 */
export class PushWorker {
  private readonly log = createLogger(PushWorker.name);

  constructor(
    private readonly db: DataSource,
    private readonly queue: PushQueueRepository,
    private readonly publisher: EventPublisher,
    private readonly lag: SyncLagAlerts,
    private readonly pusher: Pusher,
    private readonly depots: DepotMap,
  ) {}

  get target() {
    return this.pusher.target;
  }

  /** One round; returns how many pushes it took, so the caller can tell a full round from idle. */
  async round(signal?: AbortSignal): Promise<number> {
    const claimed = await this.db.transaction((tx) =>
      this.queue.claim(tx, this.pusher.target, this.pusher.batchSize),
    );
    if (claimed.length === 0) return 0;
    const answers = await this.pusher.push(claimed, signal);
    const answered = answers.filter((a): a is Answered => a.kind !== 'RETRY');
    const retries = answers.flatMap((a) =>
      a.kind === 'RETRY'
        ? [
            {
              push: a.push,
              delayMs: backoffMs(defaultRetryPolicy, a.push.attempts + 1),
              error: a.error,
            },
          ]
        : [],
    );
    const [first] = retries;
    if (first) {
      // One line per round: a vendor outage fails every push of the batch the same way.
      this.log.warn('push.retrying', {
        target: this.target,
        pushes: retries.length,
        delayMs: first.delayMs,
        ...errorFields(first.error),
      });
    }
    await this.db.transaction(async (tx) => {
      await this.queue.answered(
        tx,
        answered.map((a) => ({
          push: a.push,
          acknowledged: a.kind === 'ACKNOWLEDGED',
          answeredAt: a.answeredAt,
        })),
      );
      await this.queue.retryLater(tx, retries);
      if (answered.length > 0) {
        await this.publisher.publish(
          tx,
          Topics.inventorySyncAcksV1,
          answered.map((a) => syncAckOf(a, this.depots)),
        );
      }
      for (const answer of answered) await this.follow(tx, answer);
    });
    return claimed.length;
  }

  private async follow(tx: Parameters<SyncLagAlerts['raise']>[0], answer: Answered): Promise<void> {
    const { push, answeredAt } = answer;
    if (answer.kind === 'REJECTED') {
      const exception = pushRefusedException(push, answer.reason, answer.unknownSku, answeredAt);
      await this.publisher.publish(tx, exceptionTopicFor(exception.team), [exception]);
      return;
    }
    syncLagSeconds.observe(
      { target: push.target },
      Math.max(0, answeredAt - push.changedAt) / 1000,
    );
    const overdueMs = answeredAt - push.lagFrom;
    if (this.lag.exceeded(overdueMs)) await this.lag.raise(tx, push, overdueMs, true);
  }
}
