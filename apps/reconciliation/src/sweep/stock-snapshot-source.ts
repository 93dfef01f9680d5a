import type { SourceSystem } from '@parity/contracts';

/** One depot × SKU as a system reports it through its API. Quantities scaled as Parity's. */
export interface SnapshotRow {
  readonly depot: string;
  readonly sku: string;
  readonly onHand: number;
  /** Where the system keeps allocations (a WMS); null otherwise. */
  readonly allocated: number | null;
  /** Where the system holds an available-to-sell figure (Prima, a till); null otherwise. */
  readonly ats: number | null;
}

/**
 * A system's stock for the scheduled sweep: read through its API (api-snapshot-source.ts, one
 * per vendor with depots to sweep in the world model) or from an exported report (file-snapshot-source.ts).
 * `rows()` must yield each depot × SKU of
 * `depots` once, ordered by depot then SKU in code-point order (what PostgreSQL's "C"
 * collation and JavaScript's `<` agree on for SKU codes), so the sweep can merge-join it
 * with the view in constant memory. An out-of-order row stops the sweep of that source.
 */
export interface StockSnapshotSource {
  /** Whose figures these are: a WMS's are compared on hand, Prima's and a till's by ATS. */
  readonly system: SourceSystem;
  /** The depots the source covers; the view is compared for those alone. */
  readonly depots: readonly string[];
  rows(): AsyncIterable<SnapshotRow>;
}

/**
 * The sources of one sweep run: the configured files, and a source per vendor with depots in
 * the world model as it is when the run starts (swept-depots.ts).
 */
export type SnapshotSources = () => readonly StockSnapshotSource[];

export const STOCK_SNAPSHOT_SOURCES = Symbol('STOCK_SNAPSHOT_SOURCES');
