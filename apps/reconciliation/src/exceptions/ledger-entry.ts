import type { EntityType, ExceptionType, Severity, Team } from '@parity/contracts';

export const exceptionStatuses = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type ExceptionStatus = (typeof exceptionStatuses)[number];

/** What the exception event says about where the problem came from. */
export interface Evidence {
  readonly summary: string;
  readonly sourceTopic: string | null;
  readonly sourcePartition: number | null;
  readonly sourceOffset: number | null;
  readonly rawPayloadRef: string | null;
  readonly details: Readonly<Record<string, string>>;
}

/** One exception event as the ledger reads it. */
export interface Occurrence {
  readonly eventId: string;
  readonly fingerprint: string;
  readonly occurredAt: Date;
  readonly type: ExceptionType;
  readonly team: Team;
  readonly severity: Severity;
  readonly entityType: EntityType;
  readonly entityId: string;
  readonly evidence: Evidence;
}

/** Who moved a record to a status, when, and why. */
export interface Stamp {
  readonly by: string;
  readonly at: Date;
  readonly note: string | null;
}

/** One problem in the ledger: every occurrence of a fingerprint folded into one record. */
export interface LedgerEntry {
  readonly fingerprint: string;
  readonly type: ExceptionType;
  readonly team: Team;
  readonly severity: Severity;
  readonly entityType: EntityType;
  readonly entityId: string;
  readonly status: ExceptionStatus;
  readonly occurrences: number;
  readonly firstSeenAt: Date;
  readonly lastSeenAt: Date;
  readonly lastEventId: string;
  /** The latest occurrence's evidence: what the team should look at now. */
  readonly evidence: Evidence;
  /** How often it came back after being resolved. */
  readonly reopenedCount: number;
  readonly lastReopenedAt: Date | null;
  readonly acknowledged: Stamp | null;
  readonly resolved: Stamp | null;
}

/** A ledger entry as stored, with its id. */
export type StoredEntry = LedgerEntry & { readonly id: string };
