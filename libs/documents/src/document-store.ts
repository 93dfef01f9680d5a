import type { EntityManager } from 'typeorm';
import type {
  Answered,
  ClaimedDocument,
  DocumentRequest,
  DocumentStatus,
  RequestMode,
} from './document';

interface DocumentRow {
  id: string;
  type: string;
  key: string;
  target: string;
  payload: unknown;
  version: string;
  revision: string;
  attempts: number;
  pending_since: Date;
  stuck_at: Date | null;
  lease_token: string;
}

/** Where the documents of one type stand (DocumentStore.progress). */
export interface DocumentProgress {
  readonly type: string;
  readonly target: string;
  pending: number;
  held: number;
  refused: number;
  cancelled: number;
  /** Confirmed documents by the vendor's outcome (`CONFIRMED` where the type gives none). */
  readonly confirmed: Record<string, number>;
}

/** What an operator or a metric asks about: all given must hold. */
export interface DocumentFilter {
  readonly type?: string;
  readonly target?: string;
  readonly status?: DocumentStatus;
  /** Exact business key, or a prefix ending in `*` (`despatch:PVX:SO-100245:*`). */
  readonly key?: string;
  readonly ids?: readonly number[];
}

/** A stored request as an operator sees it. */
export interface StoredDocument {
  readonly id: number;
  readonly type: string;
  readonly key: string;
  readonly target: string;
  readonly status: DocumentStatus;
  readonly sequenceKey: string | null;
  readonly revision: number;
  readonly doneRevision: number;
  readonly attempts: number;
  readonly requestedAt: string;
  readonly pendingSince: string;
  /** '' while held (`held`). */
  readonly dueAt: string;
  /** Kept but not written until released (DocumentRequest.held). */
  readonly held: boolean;
  readonly inFlight: boolean;
  readonly lastError: string | null;
  readonly vendorRef: string | null;
  readonly answeredAt: string | null;
  readonly stuckAt: string | null;
  readonly payload: unknown;
}

/**
 * The SQL of the runtime's `documents` table, in one service's schema. Every statement takes
 * the caller's transaction: requests are written with the event that caused them, answers
 * with the events that confirm them.
 */
export class DocumentStore {
  private readonly table: string;
  private readonly audit: string;

  constructor(schema: string) {
    this.table = `"${schema}".documents`;
    this.audit = `"${schema}".document_audit`;
  }

  /** Stores requests of one type; a repeat of a key is ignored or coalesced by `mode`. */
  async request(
    tx: EntityManager,
    target: string,
    mode: RequestMode,
    given: readonly DocumentRequest<unknown>[],
  ): Promise<void> {
    if (given.length === 0) return;
    const requests = latestPerKey(given);
    const now = Date.now();
    const conflict =
      mode === 'create-once'
        ? 'DO NOTHING'
        : // A pending row keeps its earlier due time and age (the oldest unwritten obligation);
          // one in backoff after a failure is not pulled forward; one answered or cancelled
          // becomes pending again with the new figure.
          `DO UPDATE SET
             payload = EXCLUDED.payload, version = EXCLUDED.version, revision = d.revision + 1,
             status = 'PENDING', arisen_at = EXCLUDED.arisen_at,
             sequence_key = EXCLUDED.sequence_key,
             due_at = CASE WHEN EXCLUDED.due_at = 'infinity' THEN EXCLUDED.due_at
                           WHEN d.status = 'PENDING' AND d.attempts > 0 THEN d.due_at
                           WHEN d.status = 'PENDING' THEN LEAST(d.due_at, EXCLUDED.due_at)
                           ELSE EXCLUDED.due_at END,
             pending_since = CASE WHEN EXCLUDED.pending_since = 'infinity'
                                  THEN EXCLUDED.pending_since
                                  WHEN d.status = 'PENDING'
                                  THEN LEAST(d.pending_since, EXCLUDED.pending_since)
                                  ELSE EXCLUDED.pending_since END,
             attempts = CASE WHEN d.status = 'PENDING' THEN d.attempts ELSE 0 END,
             stuck_at = CASE WHEN d.status = 'PENDING' THEN d.stuck_at END
           WHERE EXCLUDED.version > d.version
              OR (EXCLUDED.version = d.version AND EXCLUDED.payload <> d.payload)`;
    await tx.query(
      `INSERT INTO ${this.table} AS d
         (type, key, target, sequence_key, payload, version, arisen_at, pending_since, due_at)
       SELECT r.type, r.key, $1, r.sequence_key, r.payload, r.version,
              to_timestamp(r.arisen_ms / 1000.0),
              CASE WHEN r.held THEN 'infinity' ELSE to_timestamp(r.arisen_ms / 1000.0) END,
              CASE WHEN r.held THEN 'infinity' ELSE to_timestamp(r.due_ms / 1000.0) END
         FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[], $6::int8[], $7::int8[],
                     $8::int8[], $9::bool[])
           AS r(type, key, sequence_key, payload, version, arisen_ms, due_ms, held)
       ON CONFLICT (type, key) ${conflict}`,
      [
        target,
        requests.map((r) => r.type),
        requests.map((r) => r.key),
        requests.map((r) => r.sequenceKey ?? null),
        requests.map((r) => JSON.stringify(r.payload)),
        requests.map((r) => r.version ?? 0),
        requests.map((r) => r.arisenAt ?? now),
        requests.map((r) => r.dueAt ?? now),
        requests.map((r) => r.held ?? false),
      ],
    );
  }

  /** Lets held documents of a type go: due now, their age counted from now. Answers how many. */
  async release(tx: EntityManager, type: string, keys: readonly string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE ${this.table} SET due_at = now(), pending_since = now()
        WHERE type = $1 AND key = ANY($2::text[]) AND status = 'PENDING' AND due_at = 'infinity'`,
      [type, keys],
    );
    return affected;
  }

  /**
   * Leases up to `limit` due documents of a type, oldest due first, skipping those in flight
   * and those behind an earlier pending document of their sequence key.
   */
  async claim(
    tx: EntityManager,
    type: string,
    limit: number,
    leaseMs: number,
  ): Promise<ClaimedDocument<unknown>[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows]: [DocumentRow[], number] = await tx.query(
      `UPDATE ${this.table} d
          SET leased_until = now() + $3 * interval '1 millisecond', lease_token = gen_random_uuid()
         FROM (SELECT c.type, c.key FROM ${this.table} c
                WHERE c.type = $1 AND c.status = 'PENDING' AND c.due_at <= now()
                  AND (c.leased_until IS NULL OR c.leased_until < now())
                  AND (c.sequence_key IS NULL OR NOT EXISTS (
                        SELECT 1 FROM ${this.table} e
                         WHERE e.sequence_key = c.sequence_key AND e.status = 'PENDING'
                           AND e.id < c.id))
                ORDER BY c.due_at, c.id LIMIT $2 FOR UPDATE SKIP LOCKED) due
        WHERE d.type = due.type AND d.key = due.key
        RETURNING d.id, d.type, d.key, d.target, d.payload, d.version, d.revision, d.attempts,
                  d.pending_since, d.stuck_at, d.lease_token`,
      [type, limit, leaseMs],
    );
    return rows.map(claimedOf);
  }

  /**
   * Records the vendor's answers, under the lease they were written with (a write whose lease
   * ran out and was taken over records nothing: the new holder finds the vendor's document).
   * A document asked for again while in flight stays pending, its age now counted from the
   * newer request. Answers the documents recorded, each with whether its stuck exception had
   * been raised in the pending spell this answer ends (so its clearance is due).
   */
  async answered(
    tx: EntityManager,
    answers: readonly Answered<unknown>[],
  ): Promise<Map<number, { wasStuck: boolean }>> {
    if (answers.length === 0) return new Map();
    const [rows]: [{ id: string; was_stuck: boolean }[], number] = await tx.query(
      `UPDATE ${this.table} d SET
         done_revision = GREATEST(d.done_revision, a.revision),
         status = CASE WHEN d.revision > a.revision THEN 'PENDING' ELSE a.status END,
         leased_until = NULL, lease_token = NULL, attempts = 0,
         last_error = a.reason,
         vendor_ref = COALESCE(a.vendor_ref, d.vendor_ref),
         outcome = CASE WHEN a.status = 'CONFIRMED' THEN a.outcome ELSE d.outcome END,
         confirmed_payload = CASE WHEN a.status = 'CONFIRMED' THEN a.payload
                                  ELSE d.confirmed_payload END,
         confirmed_version = CASE WHEN a.status = 'CONFIRMED' THEN a.version
                                  ELSE d.confirmed_version END,
         answered_at = to_timestamp(a.at_ms / 1000.0),
         pending_since = CASE WHEN d.revision > a.revision THEN d.arisen_at ELSE d.pending_since END,
         stuck_at = CASE WHEN d.revision > a.revision THEN d.stuck_at END
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::int8[], $5::text[], $6::text[],
                     $7::text[], $8::jsonb[], $9::int8[], $10::int8[], $11::text[])
           AS a(type, key, token, revision, status, reason, vendor_ref, payload, version, at_ms,
                outcome),
              -- The row as it was before this update: was its spell announced as stuck?
              ${this.table} before
        WHERE d.type = a.type AND d.key = a.key AND d.lease_token = a.token
          AND before.type = d.type AND before.key = d.key
        RETURNING d.id, before.stuck_at IS NOT NULL AND d.revision <= a.revision AS was_stuck`,
      [
        answers.map((a) => a.document.type),
        answers.map((a) => a.document.key),
        answers.map((a) => a.document.leaseToken),
        answers.map((a) => a.document.revision),
        answers.map((a) => a.kind),
        answers.map((a) => (a.kind === 'REFUSED' ? a.reason : null)),
        answers.map((a) => (a.kind === 'CONFIRMED' ? (a.vendorRef ?? null) : null)),
        answers.map((a) => JSON.stringify(a.document.payload)),
        answers.map((a) => a.document.version),
        answers.map((a) => a.answeredAt),
        answers.map((a) => (a.kind === 'CONFIRMED' ? (a.outcome ?? null) : null)),
      ],
    );
    return new Map(rows.map((r) => [Number(r.id), { wasStuck: r.was_stuck }]));
  }

  /** Releases documents that failed for now, due again after their backoff. */
  async retryLater(
    tx: EntityManager,
    retries: readonly { document: ClaimedDocument<unknown>; delayMs: number; error: string }[],
  ): Promise<void> {
    if (retries.length === 0) return;
    await tx.query(
      `UPDATE ${this.table} d SET leased_until = NULL, lease_token = NULL,
         attempts = d.attempts + 1, last_error = r.error,
         due_at = now() + r.delay_ms * interval '1 millisecond'
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::int8[], $5::text[])
           AS r(type, key, token, delay_ms, error)
        WHERE d.type = r.type AND d.key = r.key AND d.lease_token = r.token`,
      [
        retries.map((r) => r.document.type),
        retries.map((r) => r.document.key),
        retries.map((r) => r.document.leaseToken),
        retries.map((r) => r.delayMs),
        retries.map((r) => r.error),
      ],
    );
  }

  /**
   * Marks as stuck, and returns, documents of a type pending longer than `afterMs` whose
   * stuck exception has not been raised in this pending spell: once per spell, not per retry.
   */
  async newlyStuck(
    tx: EntityManager,
    type: string,
    afterMs: number,
    limit = 500,
  ): Promise<ClaimedDocument<unknown>[]> {
    const [rows]: [DocumentRow[], number] = await tx.query(
      `UPDATE ${this.table} d SET stuck_at = now()
         FROM (SELECT type, key FROM ${this.table}
                WHERE type = $1 AND status = 'PENDING' AND stuck_at IS NULL
                  AND pending_since < now() - $2 * interval '1 millisecond'
                ORDER BY pending_since LIMIT $3 FOR UPDATE SKIP LOCKED) late
        WHERE d.type = late.type AND d.key = late.key
        RETURNING d.id, d.type, d.key, d.target, d.payload, d.version, d.revision, d.attempts,
                  d.pending_since, d.stuck_at, COALESCE(d.lease_token::text, '') AS lease_token`,
      [type, afterMs, limit],
    );
    return rows.map(claimedOf);
  }

  async list(
    tx: EntityManager,
    filter: DocumentFilter,
    page: { limit: number; offset: number },
  ): Promise<StoredDocument[]> {
    const { where, params } = whereOf(filter);
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT id, type, key, target, status, sequence_key, revision, done_revision, attempts,
              requested_at, pending_since, due_at, due_at = 'infinity' AS held,
              leased_until > now() AS in_flight, last_error,
              vendor_ref, answered_at, stuck_at, payload
         FROM ${this.table} WHERE ${where}
        ORDER BY id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return rows.map(storedOf);
  }

  /**
   * Operator retry: refused or cancelled documents become pending again (one more revision,
   * so the vendor is asked again), pending ones in backoff are due at once. Confirmed ones
   * are left alone: they exist at the vendor. Audited; answers how many it touched.
   */
  async retry(
    tx: EntityManager,
    filter: DocumentFilter,
    actor: { by: string; reason: string },
  ): Promise<number> {
    const { where, params } = whereOf(filter);
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE ${this.table} SET
         revision = CASE WHEN status = 'PENDING' THEN revision ELSE done_revision + 1 END,
         pending_since = CASE WHEN status = 'PENDING' THEN pending_since ELSE now() END,
         stuck_at = CASE WHEN status = 'PENDING' THEN stuck_at END,
         status = 'PENDING', due_at = now(), attempts = 0
        WHERE (${where}) AND status IN ('PENDING', 'REFUSED', 'CANCELLED')`,
      params,
    );
    await this.audited(tx, 'RETRY', filter, actor, affected);
    return affected;
  }

  /** Operator cancel: pending or refused documents are not written. Audited. */
  async cancel(
    tx: EntityManager,
    filter: DocumentFilter,
    actor: { by: string; reason: string },
  ): Promise<number> {
    const { where, params } = whereOf(filter);
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE ${this.table} SET status = 'CANCELLED', done_revision = revision,
         leased_until = NULL, lease_token = NULL, stuck_at = NULL
        WHERE (${where}) AND status IN ('PENDING', 'REFUSED')`,
      params,
    );
    await this.audited(tx, 'CANCEL', filter, actor, affected);
    return affected;
  }

  /**
   * Cancels pending or refused documents of `types` whose key starts with none of the prefixes
   * kept for their type: what a configuration no longer asks for. Answers how many.
   */
  async cancelUnlessKeyed(
    tx: EntityManager,
    types: readonly string[],
    keep: readonly { type: string; keyPrefix: string }[],
  ): Promise<number> {
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE ${this.table} d SET status = 'CANCELLED', done_revision = revision,
         leased_until = NULL, lease_token = NULL, stuck_at = NULL
        WHERE d.type = ANY($1::text[]) AND d.status IN ('PENDING', 'REFUSED')
          AND NOT EXISTS (SELECT 1 FROM unnest($2::text[], $3::text[]) AS k(type, prefix)
                           WHERE k.type = d.type AND starts_with(d.key, k.prefix))`,
      [types, keep.map((k) => k.type), keep.map((k) => k.keyPrefix)],
    );
    return affected;
  }

  async auditTrail(tx: EntityManager, limit: number): Promise<Record<string, unknown>[]> {
    return tx.query(
      `SELECT id, at, actor, action, reason, filter, affected FROM ${this.audit}
        ORDER BY id DESC LIMIT $1`,
      [limit],
    );
  }

  /**
   * Per type matching the filter: how many documents stand where (pending ones held apart)
   * and, of the confirmed, how the vendor took them: a load's progress.
   */
  async progress(tx: EntityManager, filter: DocumentFilter): Promise<DocumentProgress[]> {
    const { where, params } = whereOf(filter);
    const rows: { type: string; target: string; state: string; n: string }[] = await tx.query(
      `SELECT type, target,
              CASE WHEN status = 'PENDING' AND due_at = 'infinity' THEN 'HELD'
                   WHEN status = 'CONFIRMED' THEN 'CONFIRMED:' || COALESCE(outcome, 'CONFIRMED')
                   ELSE status END AS state,
              count(*) AS n
         FROM ${this.table} WHERE ${where} GROUP BY 1, 2, 3 ORDER BY 1, 3`,
      params,
    );
    const byType = new Map<string, DocumentProgress>();
    for (const row of rows) {
      const progress = byType.get(row.type) ?? {
        type: row.type,
        target: row.target,
        pending: 0,
        held: 0,
        refused: 0,
        cancelled: 0,
        confirmed: {},
      };
      const n = Number(row.n);
      if (row.state.startsWith('CONFIRMED:')) progress.confirmed[row.state.slice(10)] = n;
      else if (row.state === 'HELD') progress.held = n;
      else if (row.state === 'PENDING') progress.pending = n;
      else if (row.state === 'REFUSED') progress.refused = n;
      else progress.cancelled = n;
      byType.set(row.type, progress);
    }
    return [...byType.values()];
  }

  /** Per type and target: pending, in flight, refused, and the age of the oldest pending. */
  async gauges(tx: EntityManager): Promise<
    {
      type: string;
      target: string;
      pending: number;
      inFlight: number;
      refused: number;
      oldestSeconds: number;
    }[]
  > {
    const rows: Record<string, string>[] = await tx.query(
      `SELECT type, target,
              count(*) FILTER (WHERE status = 'PENDING') AS pending,
              count(*) FILTER (WHERE status = 'PENDING' AND leased_until > now()) AS in_flight,
              count(*) FILTER (WHERE status = 'REFUSED') AS refused,
              COALESCE(EXTRACT(EPOCH FROM now() - min(pending_since)
                         FILTER (WHERE status = 'PENDING' AND pending_since <> 'infinity')), 0)
                AS oldest
         FROM ${this.table} GROUP BY type, target`,
    );
    return rows.map((r) => ({
      type: r['type'] ?? '',
      target: r['target'] ?? '',
      pending: Number(r['pending']),
      inFlight: Number(r['in_flight']),
      refused: Number(r['refused']),
      oldestSeconds: Number(r['oldest']),
    }));
  }

  private async audited(
    tx: EntityManager,
    action: string,
    filter: DocumentFilter,
    actor: { by: string; reason: string },
    affected: number,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO ${this.audit} (actor, action, reason, filter, affected)
       VALUES ($1, $2, $3, $4, $5)`,
      [actor.by, action, actor.reason, JSON.stringify(filter), affected],
    );
  }
}

function whereOf(filter: DocumentFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: number) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(params.length));
  };
  if (filter.type !== undefined) add((n) => `type = $${n}`, filter.type);
  if (filter.target !== undefined) add((n) => `target = $${n}`, filter.target);
  if (filter.status !== undefined) add((n) => `status = $${n}`, filter.status);
  if (filter.key?.endsWith('*')) {
    const prefix = filter.key.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`);
    add((n) => `key LIKE $${n}`, `${prefix}%`);
  } else if (filter.key !== undefined) add((n) => `key = $${n}`, filter.key);
  if (filter.ids !== undefined) add((n) => `id = ANY($${n}::int8[])`, filter.ids);
  return { where: clauses.length > 0 ? clauses.join(' AND ') : 'true', params };
}

function claimedOf(row: DocumentRow): ClaimedDocument<unknown> {
  return {
    id: Number(row.id),
    type: row.type,
    key: row.key,
    target: row.target,
    payload: row.payload,
    version: Number(row.version),
    revision: Number(row.revision),
    attempts: row.attempts,
    pendingSince: row.pending_since.getTime(),
    stuck: row.stuck_at !== null,
    leaseToken: row.lease_token,
  };
}

function storedOf(row: Record<string, unknown>): StoredDocument {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);
  return {
    id: Number(row['id']),
    type: String(row['type']),
    key: String(row['key']),
    target: String(row['target']),
    status: row['status'] as DocumentStatus,
    sequenceKey: (row['sequence_key'] as string | null) ?? null,
    revision: Number(row['revision']),
    doneRevision: Number(row['done_revision']),
    attempts: Number(row['attempts']),
    requestedAt: iso(row['requested_at']) ?? '',
    pendingSince: iso(row['pending_since']) ?? '',
    dueAt: iso(row['due_at']) ?? '',
    held: row['held'] === true,
    inFlight: row['in_flight'] === true,
    lastError: (row['last_error'] as string | null) ?? null,
    vendorRef: (row['vendor_ref'] as string | null) ?? null,
    answeredAt: iso(row['answered_at']),
    stuckAt: iso(row['stuck_at']),
    payload: row['payload'],
  };
}

/**
 * One request per type × key, the newest (a statement may touch a row once), in key order:
 * two transactions asking for the same documents lock their rows in the same order.
 */
function latestPerKey(requests: readonly DocumentRequest<unknown>[]): DocumentRequest<unknown>[] {
  const latest = new Map<string, DocumentRequest<unknown>>();
  for (const r of requests) {
    const id = `${r.type}\u0000${r.key}`;
    const before = latest.get(id);
    if (!before || (r.version ?? 0) >= (before.version ?? 0)) latest.set(id, r);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
}
