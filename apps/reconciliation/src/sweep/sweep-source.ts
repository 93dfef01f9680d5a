import { compareStock, type StockFinding } from './compare-stock';
import { mergeJoin } from './merge-join';
import type { StockSnapshotSource } from './stock-snapshot-source';
import type { ViewRow } from './view-rows';

export interface SourceSweepCounts {
  /** Depot × SKUs compared (in the view, the snapshot, or both). */
  readonly compared: number;
  readonly drifted: number;
  readonly notInPrimaAts: number;
}

/** Where findings go: the service raises them as exceptions, the benchmark counts them. */
export type FindingSink = (finding: StockFinding) => Promise<void> | void;

/** Merge-joins the view with one source's snapshot and hands every finding to the sink. */
export async function sweepSource(
  view: AsyncIterable<ViewRow>,
  source: StockSnapshotSource,
  tolerance: number,
  sink: FindingSink,
): Promise<SourceSweepCounts> {
  let compared = 0;
  let drifted = 0;
  let notInPrimaAts = 0;
  const joined = mergeJoin(view, source.rows(), keyOf, keyOf);
  for await (const pair of joined) {
    compared++;
    for (const finding of compareStock(pair, source.system, tolerance)) {
      if (finding.kind === 'DRIFT') drifted++;
      else notInPrimaAts++;
      await sink(finding);
    }
  }
  return { compared, drifted, notInPrimaAts };
}

// NUL sorts below every character of a code, so this key orders exactly as (depot, sku).
const keyOf = (row: { readonly depot: string; readonly sku: string }) =>
  `${row.depot}\u0000${row.sku}`;
