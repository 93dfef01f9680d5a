import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { HistoryRow, SnapshotRequest } from './lane-plan';
import { depotSkuKey, type LedgerEntry } from './ledger-entry';

type SkuDepot = { readonly sku: string; readonly depot: string };

/** What the ledger holds for some SKU × depot pairs, locked until the transaction ends. */
export interface LoadedLedger {
  /** By `depot:sku`; a pair never seen before is an empty entry (version 0, no sequence). */
  readonly entries: ReadonlyMap<string, LedgerEntry>;
  /** Per-SKU safety buffers from inventory.safety_buffers; absent means the default. */
  readonly buffers: ReadonlyMap<string, number>;
  /**
   * SKUs Prima's item master announced that are not in every WMS and till yet: not sellable,
   * their available-to-sell is 0 (catalogue/README.md). Read under the rows' locks.
   */
  readonly unsellable: ReadonlySet<string>;
}

/** The writes of one lane or one re-baseline, made in a single statement. */
export interface LedgerWrite {
  readonly entries: readonly LedgerEntry[];
  readonly history: readonly HistoryRow[];
  readonly requests: readonly SnapshotRequest[];
  readonly resolved: readonly SkuDepot[];
  /** How the resolved requests were answered. */
  readonly resolution: 'SOURCE_SNAPSHOT' | 'OWNER_READ';
}

interface LedgerRow {
  sku: string;
  depot: string;
  on_hand: string | null;
  allocated: string;
  quarantined: string;
  pending: string;
  quantity_scale: number;
  last_sequence: string | null;
  version: string;
  baselined: boolean;
  buffer_units: string | null;
  unsellable: boolean;
}

/**
 * The inventory schema's ledger tables, a lane at a time: one statement reads (and locks)
 * every pair the lane touches with their safety buffers and whether each SKU is sellable yet,
 * one statement writes the ledger, the history and the snapshot requests. Per-row statements are what costs most.
 */
@Injectable()
export class LedgerRepository {
  /** Every depot the ledger holds a figure of these SKUs in. */
  async pairsOf(tx: EntityManager, skus: readonly string[]): Promise<SkuDepot[]> {
    return tx.query(`SELECT sku, depot FROM inventory.stock_ledger WHERE sku = ANY($1::text[])`, [
      skus,
    ]);
  }

  /**
   * Reads and locks the pairs' rows. A pair without a row gets an empty one first, so it is
   * locked too: the movement lanes and the order reservations change a pair's figures from
   * different consumers, and the row lock is what serialises them. Locked in key order, so two
   * transactions locking several pairs cannot deadlock.
   */
  async load(tx: EntityManager, pairs: readonly SkuDepot[]): Promise<LoadedLedger> {
    const sorted = [...pairs].sort((a, b) => compareKeys(depotSkuKey(a), depotSkuKey(b)));
    let rows = await this.lock(tx, sorted);
    const missing = rows.filter((row) => row.on_hand === null);
    if (missing.length > 0) {
      await tx.query(
        `INSERT INTO inventory.stock_ledger
           (sku, depot, on_hand, allocated, quarantined, pending, quantity_scale, last_sequence, version)
         SELECT sku, depot, 0, 0, 0, 0, 0, NULL, 0 FROM unnest($1::text[], $2::text[]) AS k(sku, depot)
         ON CONFLICT (sku, depot) DO NOTHING`,
        [missing.map((p) => p.sku), missing.map((p) => p.depot)],
      );
      rows = await this.lock(tx, sorted);
    }
    const entries = new Map<string, LedgerEntry>();
    const buffers = new Map<string, number>();
    const unsellable = new Set<string>();
    for (const row of rows) {
      if (row.buffer_units !== null) buffers.set(row.sku, Number(row.buffer_units));
      if (row.unsellable) unsellable.add(row.sku);
      if (row.on_hand === null) continue;
      entries.set(depotSkuKey(row), {
        sku: row.sku,
        depot: row.depot,
        figures: {
          onHand: Number(row.on_hand),
          allocated: Number(row.allocated),
          quarantined: Number(row.quarantined),
          pending: Number(row.pending),
        },
        quantityScale: row.quantity_scale,
        lastSequence: row.last_sequence === null ? null : Number(row.last_sequence),
        version: Number(row.version),
        baselined: row.baselined,
      });
    }
    return { entries, buffers, unsellable };
  }

  /** Opens snapshot requests (one open per pair: a pair already waiting keeps its request). */
  async requestSnapshots(tx: EntityManager, requests: readonly SnapshotRequest[]): Promise<void> {
    await tx.query(
      `INSERT INTO inventory.snapshot_requests (sku, depot, reason)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (sku, depot) WHERE resolved_at IS NULL DO NOTHING`,
      [requests.map((r) => r.sku), requests.map((r) => r.depot), requests.map((r) => r.reason)],
    );
  }

  private lock(tx: EntityManager, pairs: readonly SkuDepot[]): Promise<LedgerRow[]> {
    return tx.query(
      `SELECT k.sku, k.depot, l.on_hand, l.allocated, l.quarantined, l.pending, l.quantity_scale,
              l.last_sequence, l.version, l.baselined, b.units AS buffer_units,
              c.sku IS NOT NULL AS unsellable
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(sku, depot, n)
         LEFT JOIN LATERAL (
           SELECT * FROM inventory.stock_ledger s WHERE s.sku = k.sku AND s.depot = k.depot FOR UPDATE
         ) l ON true
         LEFT JOIN inventory.safety_buffers b ON b.sku = k.sku
         -- Announced by the item master and not yet in every target (catalogue/README.md).
         LEFT JOIN inventory.catalogue_items c ON c.sku = k.sku AND c.ready_at IS NULL
        ORDER BY k.n`,
      [pairs.map((p) => p.sku), pairs.map((p) => p.depot)],
    );
  }

  async write(tx: EntityManager, write: LedgerWrite): Promise<void> {
    const { entries, history, requests, resolved } = write;
    await tx.query(
      `WITH ledger AS (
         INSERT INTO inventory.stock_ledger AS l
           (sku, depot, on_hand, allocated, quarantined, pending, quantity_scale, last_sequence, version,
            baselined)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int8[], $4::int8[], $5::int8[], $6::int8[],
                              $7::int4[], $8::int8[], $9::int8[], $27::bool[])
         ON CONFLICT (sku, depot) DO UPDATE SET
           on_hand = EXCLUDED.on_hand, allocated = EXCLUDED.allocated,
           quarantined = EXCLUDED.quarantined, pending = EXCLUDED.pending,
           quantity_scale = EXCLUDED.quantity_scale, last_sequence = EXCLUDED.last_sequence,
           version = EXCLUDED.version, baselined = EXCLUDED.baselined, updated_at = now()
       ), history AS (
         INSERT INTO inventory.stock_movements
           (event_id, sku, depot, kind, quantity, quantity_scale, condition, source_sequence,
            occurred_at, archive_ref, discrepancy)
         SELECT e, s, d, k, q, qs, c, seq, to_timestamp(o / 1000.0), a, x
           FROM unnest($10::text[], $11::text[], $12::text[], $13::text[], $14::int8[], $15::int4[],
                       $16::text[], $17::int8[], $18::int8[], $19::text[], $20::text[])
             AS h(e, s, d, k, q, qs, c, seq, o, a, x)
       ), requested AS (
         INSERT INTO inventory.snapshot_requests (sku, depot, reason)
         SELECT * FROM unnest($21::text[], $22::text[], $23::text[])
         ON CONFLICT (sku, depot) WHERE resolved_at IS NULL DO NOTHING
       )
       UPDATE inventory.snapshot_requests SET resolved_at = now(), resolution = $26
        WHERE resolved_at IS NULL
          AND (sku, depot) IN (SELECT * FROM unnest($24::text[], $25::text[]))`,
      [
        entries.map((e) => e.sku),
        entries.map((e) => e.depot),
        entries.map((e) => e.figures.onHand),
        entries.map((e) => e.figures.allocated),
        entries.map((e) => e.figures.quarantined),
        entries.map((e) => e.figures.pending),
        entries.map((e) => e.quantityScale),
        entries.map((e) => e.lastSequence),
        entries.map((e) => e.version),
        history.map((h) => h.eventId),
        history.map((h) => h.sku),
        history.map((h) => h.depot),
        history.map((h) => h.kind),
        history.map((h) => h.quantity),
        history.map((h) => h.quantityScale),
        history.map((h) => h.condition),
        history.map((h) => h.sourceSequence),
        history.map((h) => h.occurredAt),
        history.map((h) => h.archiveRef),
        history.map((h) => h.discrepancy),
        requests.map((r) => r.sku),
        requests.map((r) => r.depot),
        requests.map((r) => r.reason),
        resolved.map((r) => r.sku),
        resolved.map((r) => r.depot),
        write.resolution,
        entries.map((e) => e.baselined),
      ],
    );
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
