import type { SourceSystem } from '@parity/contracts';
import type { SnapshotRow, StockSnapshotSource } from './stock-snapshot-source';

/** One SKU's figures in a depot, as a vendor's API gives them. */
export type SkuFigures = Omit<SnapshotRow, 'depot'>;

/** A depot's stock at the vendor's location for it, one row per SKU, in the vendor's order. */
export type DepotStock<L> = (location: L) => AsyncIterable<SkuFigures>;

/** The order the sweep's merge join expects: JavaScript's `<` on codes (stock-snapshot-source.ts). */
export const codePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A vendor's stock read through its API for the sweep, depot by depot. No vendor pages in
 * code-point order of SKU, so each depot's rows are read whole and sorted before any is
 * yielded. A depot's rows fit in memory (one per SKU it stocks: tens of thousands at most,
 * a few MB); the whole account's need not, hence one depot at a time.
 */
export class ApiSnapshotSource<L> implements StockSnapshotSource {
  readonly depots: readonly string[];

  constructor(
    readonly system: SourceSystem,
    private readonly locations: Readonly<Record<string, L>>,
    private readonly stockAt: DepotStock<L>,
  ) {
    this.depots = Object.keys(locations).sort(codePointOrder);
  }

  async *rows(): AsyncGenerator<SnapshotRow> {
    for (const depot of this.depots) {
      const rows: SnapshotRow[] = [];
      for await (const figures of this.stockAt(this.locations[depot] as L)) {
        rows.push({ depot, ...figures });
      }
      yield* rows.sort((a, b) => codePointOrder(a.sku, b.sku));
    }
  }
}
