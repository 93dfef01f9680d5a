import type { StockMovement } from '@parity/contracts';
import { onHandDelta } from './stock-movements';

/** A per-SKU row the handlers keep up to date: the effect whose commit the bench times. */
export function createStockTableSql(table: string): string {
  return `CREATE TABLE ${table} (
    sku text PRIMARY KEY,
    on_hand bigint NOT NULL,
    last_sequence bigint NOT NULL
  )`;
}

/** The net change of each SKU in a list of movements: one row each, for one statement. */
export interface NetChanges {
  readonly skus: string[];
  readonly onHand: number[];
  readonly lastSequence: number[];
}

export function netPerSku(movements: readonly StockMovement[]): NetChanges {
  const bySku = new Map<string, { onHand: number; lastSequence: number }>();
  for (const movement of movements) {
    const row = bySku.get(movement.sku);
    if (row) {
      row.onHand += onHandDelta(movement);
      row.lastSequence = Math.max(row.lastSequence, movement.sourceSequence);
    } else {
      bySku.set(movement.sku, {
        onHand: onHandDelta(movement),
        lastSequence: movement.sourceSequence,
      });
    }
  }
  const rows = [...bySku];
  return {
    skus: rows.map(([sku]) => sku),
    onHand: rows.map(([, row]) => row.onHand),
    lastSequence: rows.map(([, row]) => row.lastSequence),
  };
}

/**
 * One statement for many SKUs. Each SKU appears once (ON CONFLICT may not touch a row twice
 * in one statement), which is why callers net their movements per SKU first.
 */
export function upsertNetSql(table: string): string {
  return `INSERT INTO ${table} AS t (sku, on_hand, last_sequence)
    SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])
    ON CONFLICT (sku) DO UPDATE
      SET on_hand = t.on_hand + EXCLUDED.on_hand,
          last_sequence = GREATEST(t.last_sequence, EXCLUDED.last_sequence)`;
}

/** The naive baseline's statement: one SKU, one movement. */
export function upsertOneSql(table: string): string {
  return `INSERT INTO ${table} AS t (sku, on_hand, last_sequence) VALUES ($1, $2, $3)
    ON CONFLICT (sku) DO UPDATE
      SET on_hand = t.on_hand + EXCLUDED.on_hand,
          last_sequence = GREATEST(t.last_sequence, EXCLUDED.last_sequence)`;
}

export function netParams(net: NetChanges): unknown[] {
  return [net.skus, net.onHand, net.lastSequence];
}
