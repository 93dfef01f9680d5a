import { Injectable } from '@nestjs/common';
import type { IntegrationException } from '@parity/contracts';
import { TransientError } from '@parity/kafka';
import { createLogger } from '@parity/telemetry';
import { DataSource, type EntityManager } from 'typeorm';
import { foldOccurrence } from './fold-occurrence';
import type { Occurrence, Stamp, StoredEntry } from './ledger-entry';
import { LedgerRepository, type LedgerFilter, type TransitionRecord } from './ledger.repository';
import { transition, type TransitionAction } from './transitions';

/** Who re-opens a resolved exception that recurred, and resolves one its producer cleared. */
const RECURRENCE_ACTOR = 'PARITY';

export type TransitionOutcome =
  | { readonly outcome: 'done'; readonly entry: StoredEntry }
  | { readonly outcome: 'not-found' }
  | { readonly outcome: 'refused'; readonly reason: string };

/** The exception ledger: folds exception events into records and moves them through their statuses. */
@Injectable()
export class ExceptionLedger {
  private readonly log = createLogger(ExceptionLedger.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
  ) {}

  /** Applies one exception event in the consumer's transaction; a redelivered event changes nothing. */
  async record(tx: EntityManager, exception: IntegrationException): Promise<void> {
    const occurrence = occurrenceOf(exception);
    if (await this.repository.seen(tx, occurrence.eventId)) return;
    const current = await this.repository.lockByFingerprint(tx, occurrence.fingerprint);
    if (exception.clears) return this.clear(tx, current, occurrence);
    const fold = foldOccurrence(current, occurrence);
    const id = current ? current.id : await this.repository.insert(tx, fold.entry);
    if (id === undefined) throw raced('a concurrent event opened this fingerprint');
    if (current) await this.repository.update(tx, id, fold.entry);
    if (!(await this.repository.recordEvent(tx, occurrence.eventId, id, occurrence.occurredAt))) {
      throw raced('a concurrent delivery recorded this event');
    }
    if (fold.kind === 'reopened') {
      await this.repository.recordTransition(tx, id, {
        from: 'RESOLVED',
        to: 'OPEN',
        by: RECURRENCE_ACTOR,
        note: `recurred: event ${occurrence.eventId}`,
        at: occurrence.occurredAt,
      });
      this.log.warn('exception.reopened', { exceptionId: id, fingerprint: occurrence.fingerprint });
    }
  }

  /**
   * The producer saw the problem go away (the document was created, the figure acknowledged):
   * an open or acknowledged record is resolved by Parity, with the clearance's words as the
   * note. Nothing was raised, or it is resolved already: nothing to do.
   */
  private async clear(
    tx: EntityManager,
    current: StoredEntry | undefined,
    occurrence: Occurrence,
  ): Promise<void> {
    if (!current) return;
    const stamp: Stamp = {
      by: RECURRENCE_ACTOR,
      at: occurrence.occurredAt,
      note: `cleared: ${occurrence.evidence.summary}`,
    };
    const result = transition(current, 'resolve', stamp);
    if (
      !(await this.repository.recordEvent(
        tx,
        occurrence.eventId,
        current.id,
        occurrence.occurredAt,
      ))
    ) {
      throw raced('a concurrent delivery recorded this event');
    }
    if (!result.ok) return;
    await this.repository.update(tx, current.id, result.entry);
    await this.repository.recordTransition(tx, current.id, {
      from: result.from,
      to: 'RESOLVED',
      ...stamp,
    });
    this.log.info('exception.cleared', {
      exceptionId: current.id,
      fingerprint: occurrence.fingerprint,
    });
  }

  transitionTo(id: string, action: TransitionAction, stamp: Stamp): Promise<TransitionOutcome> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.repository.lockById(tx, id);
      if (!current) return { outcome: 'not-found' };
      const result = transition(current, action, stamp);
      if (!result.ok) return { outcome: 'refused', reason: result.reason };
      await this.repository.update(tx, id, result.entry);
      await this.repository.recordTransition(tx, id, {
        from: result.from,
        to: result.entry.status,
        ...stamp,
      });
      return { outcome: 'done', entry: { ...result.entry, id } };
    });
  }

  find(id: string): Promise<StoredEntry | undefined> {
    return this.repository.find(id);
  }

  history(id: string): Promise<TransitionRecord[]> {
    return this.repository.history(id);
  }

  list(filter: LedgerFilter): Promise<StoredEntry[]> {
    return this.repository.list(filter);
  }
}

function occurrenceOf(exception: IntegrationException): Occurrence {
  return {
    eventId: exception.header.eventId,
    fingerprint: exception.fingerprint,
    occurredAt: new Date(exception.header.occurredAt),
    type: exception.type,
    team: exception.team,
    severity: exception.severity,
    entityType: exception.entityType,
    entityId: exception.entityId,
    evidence: {
      summary: exception.summary,
      sourceTopic: exception.sourceTopic,
      sourcePartition: exception.sourcePartition,
      sourceOffset: exception.sourceOffset,
      rawPayloadRef: exception.rawPayloadRef,
      details: exception.details,
    },
  };
}

/** Two lanes touched one fingerprint or event at once; retrying sees the winner's row. */
function raced(message: string): TransientError {
  return new TransientError('LEDGER.CONCURRENT_WRITE', message);
}
