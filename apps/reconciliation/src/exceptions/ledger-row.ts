import type { EntityType, ExceptionType, Severity, Team } from '@parity/contracts';
import type { ExceptionStatus, Stamp, StoredEntry } from './ledger-entry';

/** A `reconciliation.exceptions` row as pg returns it (bigints as strings). */
export interface LedgerRow {
  id: string;
  fingerprint: string;
  type: ExceptionType;
  team: Team;
  severity: Severity;
  entity_type: EntityType;
  entity_id: string;
  status: ExceptionStatus;
  occurrences: number;
  first_seen_at: Date;
  last_seen_at: Date;
  last_event_id: string;
  summary: string;
  source_topic: string | null;
  source_partition: number | null;
  source_offset: string | null;
  raw_payload_ref: string | null;
  details: Record<string, string>;
  reopened_count: number;
  last_reopened_at: Date | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  acknowledged_note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  resolved_note: string | null;
}

export function entryOf(row: LedgerRow): StoredEntry {
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    type: row.type,
    team: row.team,
    severity: row.severity,
    entityType: row.entity_type,
    entityId: row.entity_id,
    status: row.status,
    occurrences: row.occurrences,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    lastEventId: row.last_event_id,
    evidence: {
      summary: row.summary,
      sourceTopic: row.source_topic,
      sourcePartition: row.source_partition,
      sourceOffset: row.source_offset === null ? null : Number(row.source_offset),
      rawPayloadRef: row.raw_payload_ref,
      details: row.details,
    },
    reopenedCount: row.reopened_count,
    lastReopenedAt: row.last_reopened_at,
    acknowledged: stampOf(row.acknowledged_by, row.acknowledged_at, row.acknowledged_note),
    resolved: stampOf(row.resolved_by, row.resolved_at, row.resolved_note),
  };
}

function stampOf(by: string | null, at: Date | null, note: string | null): Stamp | null {
  return by !== null && at !== null ? { by, at, note } : null;
}
