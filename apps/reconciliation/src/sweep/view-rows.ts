import type { SourceSystem } from '@parity/contracts';
import type { DataSource } from 'typeorm';

/** What the sweep compares of a stock-parity row. */
export interface ViewRow {
  readonly depot: string;
  readonly sku: string;
  readonly stockOwner: SourceSystem | null;
  readonly parityOnHand: number | null;
  readonly parityAllocated: number | null;
  readonly parityAts: number | null;
  readonly primaAts: number | null;
  readonly wmsLastEventId: string | null;
  readonly wmsLastEventAt: Date | null;
}

type Row = {
  depot: string;
  sku: string;
  stock_owner: SourceSystem | null;
  parity_on_hand: string | null;
  parity_allocated: string | null;
  parity_ats: string | null;
  prima_ats: string | null;
  wms_last_event_id: string | null;
  wms_last_event_at: Date | null;
};

const FETCH_ROWS = 10_000;

/**
 * Streams the view's rows of some depots ordered by depot then SKU, through a server-side
 * cursor fetched a page at a time: constant memory on both sides, one consistent snapshot
 * (REPEATABLE READ) however long the sweep takes. The cursor is planned for reading every
 * row (cursor_tuple_fraction 1), so PostgreSQL scans the table sequentially and sorts,
 * instead of walking the index into random heap reads: over millions of rows the difference
 * is several-fold. `table` is the view's qualified name (the benchmark points it at a copy).
 */
export async function* viewRows(
  dataSource: DataSource,
  depots: readonly string[],
  table = 'reconciliation.stock_parity',
): AsyncGenerator<ViewRow> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let committed = false;
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query('SET LOCAL cursor_tuple_fraction = 1');
    await runner.query(
      `DECLARE parity_sweep NO SCROLL CURSOR FOR
       SELECT depot, sku, stock_owner, parity_on_hand, parity_allocated, parity_ats, prima_ats,
              wms_last_event_id, wms_last_event_at
       FROM ${table}
       WHERE depot = ANY($1)
       ORDER BY depot, sku`,
      [depots],
    );
    for (;;) {
      const rows: Row[] = await runner.query(`FETCH ${FETCH_ROWS} FROM parity_sweep`);
      for (const row of rows) yield viewRowOf(row);
      if (rows.length < FETCH_ROWS) break;
    }
    await runner.query('COMMIT');
    committed = true;
  } finally {
    // A sweep stopped early (an unordered snapshot) ends here too: its read is dropped.
    if (!committed) await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}

const num = (value: string | null) => (value === null ? null : Number(value));

function viewRowOf(row: Row): ViewRow {
  return {
    depot: row.depot,
    sku: row.sku,
    stockOwner: row.stock_owner,
    parityOnHand: num(row.parity_on_hand),
    parityAllocated: num(row.parity_allocated),
    parityAts: num(row.parity_ats),
    primaAts: num(row.prima_ats),
    wmsLastEventId: row.wms_last_event_id,
    wmsLastEventAt: row.wms_last_event_at,
  };
}
