import type { LedgerEntry, Occurrence } from './ledger-entry';

/** What an occurrence did to the ledger: opened a record, repeated one, or re-opened a resolved one. */
export type Fold =
  | { readonly kind: 'opened'; readonly entry: LedgerEntry }
  | { readonly kind: 'repeated'; readonly entry: LedgerEntry }
  | { readonly kind: 'reopened'; readonly entry: LedgerEntry };

/**
 * Folds an occurrence into the record of its fingerprint. Repeats count and widen the seen
 * window; the evidence and classification follow the most recent occurrence by detection
 * time, so one delivered late (another team's topic lagging) does not overwrite newer facts.
 * A repeat of a resolved problem re-opens it: the fix did not hold, and the team must know.
 * The caller has already ruled out a redelivered event (same event id).
 */
export function foldOccurrence(current: LedgerEntry | undefined, occurrence: Occurrence): Fold {
  if (!current) {
    return {
      kind: 'opened',
      entry: {
        fingerprint: occurrence.fingerprint,
        type: occurrence.type,
        team: occurrence.team,
        severity: occurrence.severity,
        entityType: occurrence.entityType,
        entityId: occurrence.entityId,
        status: 'OPEN',
        occurrences: 1,
        firstSeenAt: occurrence.occurredAt,
        lastSeenAt: occurrence.occurredAt,
        lastEventId: occurrence.eventId,
        evidence: occurrence.evidence,
        reopenedCount: 0,
        lastReopenedAt: null,
        acknowledged: null,
        resolved: null,
      },
    };
  }
  const newest = occurrence.occurredAt >= current.lastSeenAt;
  const repeated: LedgerEntry = {
    ...current,
    ...(newest && {
      type: occurrence.type,
      team: occurrence.team,
      severity: occurrence.severity,
      entityType: occurrence.entityType,
      entityId: occurrence.entityId,
      lastEventId: occurrence.eventId,
      evidence: occurrence.evidence,
    }),
    occurrences: current.occurrences + 1,
    firstSeenAt: min(current.firstSeenAt, occurrence.occurredAt),
    lastSeenAt: max(current.lastSeenAt, occurrence.occurredAt),
  };
  if (current.status !== 'RESOLVED') return { kind: 'repeated', entry: repeated };
  return {
    kind: 'reopened',
    entry: {
      ...repeated,
      status: 'OPEN',
      reopenedCount: current.reopenedCount + 1,
      lastReopenedAt: occurrence.occurredAt,
      // The previous cycle's acknowledgement and resolution stay in the transition history.
      acknowledged: null,
      resolved: null,
    },
  };
}

const min = (a: Date, b: Date) => (a <= b ? a : b);
const max = (a: Date, b: Date) => (a >= b ? a : b);
