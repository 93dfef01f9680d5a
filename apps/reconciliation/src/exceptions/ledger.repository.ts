import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ExceptionStatus, LedgerEntry, StoredEntry } from './ledger-entry';
import { entryOf, type LedgerRow } from './ledger-row';

/** A status change as recorded in the history. */
export interface TransitionRecord {
  readonly from: ExceptionStatus;
  readonly to: ExceptionStatus;
  readonly by: string;
  readonly note: string | null;
  readonly at: Date;
}

export interface LedgerFilter {
  readonly team?: string;
  readonly type?: string;
  readonly status?: string;
  /** Only records older (smaller id) than this one: the keyset cursor. */
  readonly beforeId?: string;
  readonly limit: number;
}

// Column order of the upsert below, shared by insert and update.
const columns = [
  'fingerprint',
  'type',
  'team',
  'severity',
  'entity_type',
  'entity_id',
  'status',
  'occurrences',
  'first_seen_at',
  'last_seen_at',
  'last_event_id',
  'summary',
  'source_topic',
  'source_partition',
  'source_offset',
  'raw_payload_ref',
  'details',
  'reopened_count',
  'last_reopened_at',
  'acknowledged_by',
  'acknowledged_at',
  'acknowledged_note',
  'resolved_by',
  'resolved_at',
  'resolved_note',
] as const;

/** The ledger's SQL. Every write takes the caller's transaction. */
@Injectable()
export class LedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether an exception event was applied already (a redelivery). */
  async seen(tx: EntityManager, eventId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM reconciliation.exception_events WHERE event_id = $1`,
      [eventId],
    );
    return rows.length > 0;
  }

  /** The record of a fingerprint, locked until the transaction ends. */
  async lockByFingerprint(
    tx: EntityManager,
    fingerprint: string,
  ): Promise<StoredEntry | undefined> {
    const rows: LedgerRow[] = await tx.query(
      `SELECT * FROM reconciliation.exceptions WHERE fingerprint = $1 FOR UPDATE`,
      [fingerprint],
    );
    return rows[0] && entryOf(rows[0]);
  }

  /** The record of an id, locked until the transaction ends. */
  async lockById(tx: EntityManager, id: string): Promise<StoredEntry | undefined> {
    const rows: LedgerRow[] = await tx.query(
      `SELECT * FROM reconciliation.exceptions WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] && entryOf(rows[0]);
  }

  /**
   * Inserts a new record; undefined if another transaction inserted the fingerprint first
   * (the caller retries and then folds into that record).
   */
  async insert(tx: EntityManager, entry: LedgerEntry): Promise<string | undefined> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO reconciliation.exceptions (${columns.join(', ')})
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (fingerprint) DO NOTHING
       RETURNING id`,
      valuesOf(entry),
    );
    return rows[0]?.id;
  }

  async update(tx: EntityManager, id: string, entry: LedgerEntry): Promise<void> {
    await tx.query(
      `UPDATE reconciliation.exceptions SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}
       WHERE id = $1`,
      [id, ...valuesOf(entry)],
    );
  }

  /**
   * Records an event as applied; false if a concurrent transaction recorded it first (the
   * same event on two topics at once), which the caller turns into a retry.
   */
  async recordEvent(
    tx: EntityManager,
    eventId: string,
    exceptionId: string,
    occurredAt: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO reconciliation.exception_events (event_id, exception_id, occurred_at)
       VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [eventId, exceptionId, occurredAt],
    );
    return rows.length > 0;
  }

  async recordTransition(
    tx: EntityManager,
    exceptionId: string,
    record: TransitionRecord,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO reconciliation.exception_transitions (exception_id, from_status, to_status, by, note, at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [exceptionId, record.from, record.to, record.by, record.note, record.at],
    );
  }

  async find(id: string): Promise<StoredEntry | undefined> {
    const rows: LedgerRow[] = await this.dataSource.query(
      `SELECT * FROM reconciliation.exceptions WHERE id = $1`,
      [id],
    );
    return rows[0] && entryOf(rows[0]);
  }

  async history(id: string): Promise<TransitionRecord[]> {
    const rows: {
      from_status: ExceptionStatus;
      to_status: ExceptionStatus;
      by: string;
      note: string | null;
      at: Date;
    }[] = await this.dataSource.query(
      `SELECT from_status, to_status, by, note, at FROM reconciliation.exception_transitions
       WHERE exception_id = $1 ORDER BY id`,
      [id],
    );
    return rows.map((r) => ({
      from: r.from_status,
      to: r.to_status,
      by: r.by,
      note: r.note,
      at: r.at,
    }));
  }

  /** Newest first (by id), filtered; keyset paging so a page costs the same at any depth. */
  async list(filter: LedgerFilter): Promise<StoredEntry[]> {
    const rows: LedgerRow[] = await this.dataSource.query(
      `SELECT * FROM reconciliation.exceptions
       WHERE ($1::text IS NULL OR team = $1)
         AND ($2::text IS NULL OR type = $2)
         AND ($3::text IS NULL OR status = $3)
         AND ($4::bigint IS NULL OR id < $4)
       ORDER BY id DESC
       LIMIT $5`,
      [
        filter.team ?? null,
        filter.type ?? null,
        filter.status ?? null,
        filter.beforeId ?? null,
        filter.limit,
      ],
    );
    return rows.map(entryOf);
  }
}

function valuesOf(entry: LedgerEntry): unknown[] {
  const { evidence, acknowledged, resolved } = entry;
  return [
    entry.fingerprint,
    entry.type,
    entry.team,
    entry.severity,
    entry.entityType,
    entry.entityId,
    entry.status,
    entry.occurrences,
    entry.firstSeenAt,
    entry.lastSeenAt,
    entry.lastEventId,
    evidence.summary,
    evidence.sourceTopic,
    evidence.sourcePartition,
    evidence.sourceOffset,
    evidence.rawPayloadRef,
    JSON.stringify(evidence.details),
    entry.reopenedCount,
    entry.lastReopenedAt,
    acknowledged?.by ?? null,
    acknowledged?.at ?? null,
    acknowledged?.note ?? null,
    resolved?.by ?? null,
    resolved?.at ?? null,
    resolved?.note ?? null,
  ];
}
