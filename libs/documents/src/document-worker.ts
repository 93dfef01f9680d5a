import { exceptionTopicFor, type IntegrationException } from '@parity/contracts';
import type { EventPublisher } from '@parity/kafka';
import { backoffMs, defaultRetryPolicy, type TokenBucket } from '@parity/resilience';
import { createLogger, errorFields } from '@parity/telemetry';
import type { DataSource, EntityManager } from 'typeorm';
import type { Answered, ClaimedDocument, DocumentAnswer, DocumentType } from './document';
import { documentConfirmSeconds, documentOutcomes } from './document-metrics';
import type { DocumentStore } from './document-store';

const DEFAULT_LEASE_MS = 60_000;

/**
 * Writes one type's documents: leases the due ones in a short transaction of its own, calls
 * the vendor outside any transaction (a slow vendor holds no lane and no connection), then
 * records every answer in a second transaction with what it causes: the confirmations the
 * type publishes, a refusal's owned exception, a late document's stuck exception. A document
 * that failed for now is released with a backoff, for as long as it takes.
 */
export class DocumentWorker<P> {
  private readonly log = createLogger(DocumentWorker.name);

  constructor(
    private readonly db: DataSource,
    private readonly store: DocumentStore,
    private readonly publisher: EventPublisher,
    readonly spec: DocumentType<P>,
    private readonly budget: TokenBucket | undefined,
  ) {}

  /** One round; answers how many documents it took, so the caller can tell full from idle. */
  async round(signal: AbortSignal): Promise<number> {
    const { spec } = this;
    const claimed = (await this.db.transaction((tx) =>
      this.store.claim(tx, spec.type, spec.batchSize, spec.leaseMs ?? DEFAULT_LEASE_MS),
    )) as ClaimedDocument<P>[];
    if (claimed.length === 0) return 0;
    await this.budget?.take();
    // Past half its lease a round starts no more writes: another worker may take the rest
    // once the lease runs out, and two writers searching before creating could both create.
    const leaseMs = spec.leaseMs ?? DEFAULT_LEASE_MS;
    const writing = AbortSignal.any([signal, AbortSignal.timeout(leaseMs / 2)]);
    const answers = await spec.write(claimed, writing).catch(
      // A write that threw (a bug, a dropped socket) answered nothing: every document is retried.
      (error: unknown): DocumentAnswer<P>[] =>
        claimed.map((document) => ({ kind: 'RETRY', document, error })),
    );
    await this.record(answers);
    return claimed.length;
  }

  private async record(answers: readonly DocumentAnswer<P>[]): Promise<void> {
    const { spec } = this;
    const answered = answers.filter((a): a is Answered<P> => a.kind !== 'RETRY');
    const retries = answers.flatMap((a) =>
      a.kind === 'RETRY'
        ? [
            {
              document: a.document,
              delayMs: backoffMs(
                spec.retry ?? defaultRetryPolicy,
                a.document.attempts + 1,
                Math.random,
                a.retryAfterMs ?? retryAfterOf(a.error),
              ),
              error: describe(a.error),
            },
          ]
        : [],
    );
    const [first] = retries;
    if (first) {
      // One line per round: a vendor outage fails every document of the batch the same way.
      this.log.warn('document.retrying', {
        type: spec.type,
        documents: retries.length,
        delayMs: first.delayMs,
        ...errorFields(answers.find((a) => a.kind === 'RETRY')?.error),
      });
    }
    await this.db.transaction(async (tx) => {
      const recorded = await this.store.answered(tx, answered);
      await this.store.retryLater(tx, retries);
      // Answers whose lease was taken over are the new holder's to record and publish.
      const ours = answered.filter((a) => recorded.has(a.document.id));
      if (ours.length > 0) await spec.recorded?.(tx, ours, this.publisher);
      for (const answer of ours) {
        const wasStuck = recorded.get(answer.document.id)?.wasStuck === true;
        for (const exception of await this.exceptionsOf(tx, answer, wasStuck)) {
          await this.publisher.publish(tx, exceptionTopicFor(exception.team), [exception]);
        }
      }
    });
    for (const a of answers) {
      documentOutcomes.inc({ target: spec.target, type: spec.type, outcome: a.kind });
      if (a.kind === 'CONFIRMED') {
        documentConfirmSeconds.observe(
          { target: spec.target, type: spec.type },
          Math.max(0, a.answeredAt - a.document.pendingSince) / 1000,
        );
      }
    }
  }

  /**
   * A refusal's owned exception; for a confirmation, the clearance of the stuck exception its
   * pending spell raised, or the stuck exception of one that came past the SLA unannounced.
   */
  private async exceptionsOf(
    tx: EntityManager,
    answer: Answered<P>,
    wasStuck: boolean,
  ): Promise<IntegrationException[]> {
    const { spec } = this;
    if (answer.kind === 'REFUSED') {
      const exception = spec.refusal?.(answer);
      return exception ? [exception] : [];
    }
    if (!spec.stuck) return [];
    if (wasStuck) {
      const clearance = spec.stuck.cleared?.(answer.document);
      return clearance ? [clearance] : [];
    }
    const waitedMs = answer.answeredAt - answer.document.pendingSince;
    if (waitedMs <= spec.stuck.afterMs) return [];
    return spec.stuck.exceptions(tx, answer.document, waitedMs, true);
  }
}

function retryAfterOf(error: unknown): number {
  const retryAfterMs = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof retryAfterMs === 'number' ? retryAfterMs : 0;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}
