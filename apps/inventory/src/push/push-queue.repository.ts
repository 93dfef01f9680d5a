import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import type { PushRequest, PushTarget } from './push-target';

/** A push taken by a worker: the queue row as it was when leased. */
export interface ClaimedPush extends PushRequest {
  readonly revision: number;
  readonly attempts: number;
  /** The moment from which a delay counts against the sync-lag threshold. */
  readonly lagFrom: number;
}

interface ClaimedRow {
  target: PushTarget;
  depot: string;
  sku: string;
  version: string;
  ats: string;
  on_hand: string;
  pending: string;
  quantity_scale: number;
  changed_at: Date;
  revision: string;
  attempts: number;
  lag_from: Date;
}

/** How long a worker may hold a push before another may take it (a crashed worker's lease). */
const LEASE = '60 seconds';

/**
 * The persistent push queue (inventory.push_queue). Enqueueing coalesces: one row per target ×
 * depot × SKU keeps the latest version only, and a new figure raises its revision. Hot pairs
 * are due at once; the others at the next sweep boundary, so the sweep pushes every pending
 * change of the catalogue once per interval however often it changed.
 */
@Injectable()
export class PushQueueRepository {
  constructor(@Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings) {}

  async enqueue(tx: EntityManager, given: readonly PushRequest[]): Promise<void> {
    if (given.length === 0) return;
    const requests = latestPerKey(given);
    const { hot, lowStockUnits, hotMovements, velocityWindowMs, sweepIntervalMs } =
      this.settings.push.cadence;
    // A pending row keeps its earlier due time and lag origin (the oldest unpushed obligation);
    // a row in backoff after a failure is not pulled forward by a hot change.
    await tx.query(
      `WITH incoming AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int8[], $5::int8[], $6::int8[],
                              $7::int4[], $8::int8[], $9::int4[], $15::int8[])
           AS i(target, depot, sku, version, ats, on_hand, quantity_scale, changed_ms, movements,
                pending)
       ), merged AS (
         SELECT i.*, to_timestamp(i.changed_ms / 1000.0) AS changed_at,
                CASE WHEN q.window_start > now() - $12 * interval '1 millisecond'
                     THEN q.window_movements + i.movements ELSE i.movements END AS window_movements,
                CASE WHEN q.window_start > now() - $12 * interval '1 millisecond'
                     THEN q.window_start ELSE now() END AS window_start
           FROM incoming i
           LEFT JOIN inventory.push_queue q USING (target, depot, sku)
       ), planned AS (
         SELECT m.*, $14::bool AND (m.ats <= $10 OR m.window_movements >= $11) AS hot,
                date_bin($13 * interval '1 millisecond', now(), timestamptz '2000-01-01')
                  + $13 * interval '1 millisecond' AS next_sweep
           FROM merged m
       )
       INSERT INTO inventory.push_queue AS q
         (target, depot, sku, version, ats, on_hand, pending, quantity_scale, changed_at, revision,
          due_at, lag_from, window_start, window_movements)
       SELECT target, depot, sku, version, ats, on_hand, pending, quantity_scale, changed_at, 1,
              CASE WHEN hot THEN now() ELSE next_sweep END,
              CASE WHEN hot THEN changed_at ELSE next_sweep END,
              window_start, window_movements
         FROM planned
       ON CONFLICT (target, depot, sku) DO UPDATE SET
         version = EXCLUDED.version, ats = EXCLUDED.ats, on_hand = EXCLUDED.on_hand,
         pending = EXCLUDED.pending,
         quantity_scale = EXCLUDED.quantity_scale, changed_at = EXCLUDED.changed_at,
         revision = q.revision + 1,
         due_at = CASE WHEN q.revision > q.done_revision AND q.attempts > 0 THEN q.due_at
                       WHEN q.revision > q.done_revision THEN LEAST(q.due_at, EXCLUDED.due_at)
                       ELSE EXCLUDED.due_at END,
         lag_from = CASE WHEN q.revision > q.done_revision THEN LEAST(q.lag_from, EXCLUDED.lag_from)
                         ELSE EXCLUDED.lag_from END,
         window_start = EXCLUDED.window_start, window_movements = EXCLUDED.window_movements
       WHERE EXCLUDED.version > q.version
          OR (EXCLUDED.version = q.version AND EXCLUDED.ats <> q.ats)`,
      [
        requests.map((r) => r.target),
        requests.map((r) => r.depot),
        requests.map((r) => r.sku),
        requests.map((r) => r.version),
        requests.map((r) => r.ats),
        requests.map((r) => r.onHand),
        requests.map((r) => r.quantityScale),
        requests.map((r) => r.changedAt),
        requests.map((r) => r.movements),
        lowStockUnits,
        hotMovements,
        velocityWindowMs,
        sweepIntervalMs,
        hot,
        requests.map((r) => r.pending),
      ],
    );
  }

  /** Leases up to `limit` due pushes of a target, oldest due first; skips pushes in flight. */
  async claim(tx: EntityManager, target: PushTarget, limit: number): Promise<ClaimedPush[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows]: [ClaimedRow[], number] = await tx.query(
      `UPDATE inventory.push_queue q SET leased_until = now() + interval '${LEASE}'
         FROM (SELECT target, depot, sku FROM inventory.push_queue
                WHERE target = $1 AND revision > done_revision AND due_at <= now()
                  AND (leased_until IS NULL OR leased_until < now())
                ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED) due
        WHERE q.target = due.target AND q.depot = due.depot AND q.sku = due.sku
        RETURNING q.target, q.depot, q.sku, q.version, q.ats, q.on_hand, q.pending, q.quantity_scale,
                  q.changed_at, q.revision, q.attempts, q.lag_from`,
      [target, limit],
    );
    return rows.map(claimedOf);
  }

  /**
   * Records the target's answer to pushes: done up to the revision pushed, the lease released.
   * A row that changed while its push was in flight stays pending, due at once, its lag now
   * counted from the newer change.
   */
  async answered(
    tx: EntityManager,
    pushes: readonly { push: ClaimedPush; acknowledged: boolean; answeredAt: number }[],
  ): Promise<void> {
    if (pushes.length === 0) return;
    await tx.query(
      `UPDATE inventory.push_queue q SET
         done_revision = GREATEST(q.done_revision, a.revision), leased_until = NULL, attempts = 0,
         lag_from = CASE WHEN q.revision > a.revision THEN q.changed_at ELSE q.lag_from END,
         acked_version = CASE WHEN a.acked THEN a.version ELSE q.acked_version END,
         acked_ats = CASE WHEN a.acked THEN a.ats ELSE q.acked_ats END,
         acked_at = CASE WHEN a.acked THEN to_timestamp(a.at / 1000.0) ELSE q.acked_at END
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int8[], $5::bool[], $6::int8[],
                     $7::int8[], $8::int8[]) AS a(target, depot, sku, revision, acked, version, ats, at)
        WHERE q.target = a.target AND q.depot = a.depot AND q.sku = a.sku`,
      [
        pushes.map((p) => p.push.target),
        pushes.map((p) => p.push.depot),
        pushes.map((p) => p.push.sku),
        pushes.map((p) => p.push.revision),
        pushes.map((p) => p.acknowledged),
        pushes.map((p) => p.push.version),
        pushes.map((p) => p.push.ats),
        pushes.map((p) => p.answeredAt),
      ],
    );
  }

  /** Releases pushes that failed for now, due again after their backoff. */
  async retryLater(
    tx: EntityManager,
    pushes: readonly { push: ClaimedPush; delayMs: number }[],
  ): Promise<void> {
    if (pushes.length === 0) return;
    await tx.query(
      `UPDATE inventory.push_queue q SET leased_until = NULL, attempts = q.attempts + 1,
         due_at = now() + r.delay_ms * interval '1 millisecond'
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int8[]) AS r(target, depot, sku, delay_ms)
        WHERE q.target = r.target AND q.depot = r.depot AND q.sku = r.sku`,
      [
        pushes.map((p) => p.push.target),
        pushes.map((p) => p.push.depot),
        pushes.map((p) => p.push.sku),
        pushes.map((p) => p.delayMs),
      ],
    );
  }

  /**
   * Drops queued pushes to targets the configuration no longer pushes to (a store closed, a
   * till moved to another depot): nobody will push them, and left in the queue they would be
   * claimed first, ahead of every current push, and refused one by one. Answers how many.
   */
  async discardUnconfigured(
    tx: EntityManager,
    configured: readonly { target: PushTarget; depot: string }[],
  ): Promise<number> {
    const [, removed]: [unknown, number] = await tx.query(
      `DELETE FROM inventory.push_queue q
        WHERE (q.target, q.depot) NOT IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [configured.map((c) => c.target), configured.map((c) => c.depot)],
    );
    return removed;
  }

  /** Pending pushes whose lag passed `thresholdMs` without an answer, for the lag watch. */
  async overdue(tx: EntityManager, thresholdMs: number, limit = 500): Promise<ClaimedPush[]> {
    const rows: ClaimedRow[] = await tx.query(
      `SELECT target, depot, sku, version, ats, on_hand, pending, quantity_scale, changed_at, revision,
              attempts, lag_from
         FROM inventory.push_queue
        WHERE revision > done_revision AND lag_from < now() - $1 * interval '1 millisecond'
        ORDER BY lag_from LIMIT $2`,
      [thresholdMs, limit],
    );
    return rows.map(claimedOf);
  }
}

function claimedOf(row: ClaimedRow): ClaimedPush {
  return {
    target: row.target,
    depot: row.depot,
    sku: row.sku,
    version: Number(row.version),
    ats: Number(row.ats),
    onHand: Number(row.on_hand),
    pending: Number(row.pending),
    quantityScale: row.quantity_scale,
    changedAt: row.changed_at.getTime(),
    movements: 0,
    revision: Number(row.revision),
    attempts: row.attempts,
    lagFrom: row.lag_from.getTime(),
  };
}

/** One request per target × depot × SKU, the last given: a statement may touch a row once. */
function latestPerKey(requests: readonly PushRequest[]): PushRequest[] {
  const latest = new Map<string, PushRequest>();
  for (const r of requests) {
    const key = `${r.target}|${r.depot}|${r.sku}`;
    const before = latest.get(key);
    latest.set(key, before ? { ...r, movements: before.movements + r.movements } : r);
  }
  return [...latest.values()];
}
