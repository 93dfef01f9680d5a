// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark measures the service's own sweep code
import type {
  SnapshotRow,
  StockSnapshotSource,
} from '../../../../apps/reconciliation/src/sweep/stock-snapshot-source';
import {
  allocatedOf,
  depotCodes,
  depotOf,
  isDrifted,
  onHandOf,
  skuOf,
  type BenchLayout,
} from './bench-rows';

/** What planted drift adds to a WMS's on hand. */
const PLANTED_DIFFERENCE = 7;

/**
 * A Peoplevox snapshot of the layout, generated row by row in (depot, SKU) order as an API
 * source would page it: equal to the seeded view except for the planted drifts.
 */
export function generatedSnapshot(layout: BenchLayout): StockSnapshotSource {
  return {
    system: 'PEOPLEVOX',
    depots: depotCodes(layout),
    async *rows(): AsyncGenerator<SnapshotRow> {
      for (let d = 0; d < layout.depots; d++) {
        for (let i = d; i < layout.rows; i += layout.depots) {
          const drift = isDrifted(layout, i) ? PLANTED_DIFFERENCE : 0;
          yield {
            depot: depotOf(layout, i),
            sku: skuOf(i),
            onHand: onHandOf(i) + drift,
            allocated: allocatedOf(i),
            ats: null,
          };
        }
      }
    },
  };
}

/** How many drifts the layout plants. */
export function plantedDrifts(layout: BenchLayout): number {
  let planted = 0;
  for (let i = 0; i < layout.rows; i++) if (isDrifted(layout, i)) planted++;
  return planted;
}
