/**
 * The rows the benchmark seeds and snapshots, as functions of their number, so the view and
 * the snapshot agree by construction except where a drift is planted. Row i is in depot
 * i mod depots: each depot gets every depots-th row, in ascending SKU order.
 */
export interface BenchLayout {
  readonly rows: number;
  readonly depots: number;
  readonly drifted: number;
}

export const depotOf = (layout: BenchLayout, i: number) =>
  `BD${String(i % layout.depots).padStart(3, '0')}`;
export const skuOf = (i: number) => `SKU${String(i).padStart(9, '0')}`;
export const onHandOf = (i: number) => 10 + (i % 50);
export const allocatedOf = (i: number) => i % 3;

export function depotCodes(layout: BenchLayout): string[] {
  return Array.from({ length: layout.depots }, (_, d) => depotOf(layout, d));
}

/** Planted drifts are spread evenly: every stride-th row, `drifted` of them. */
export function isDrifted(layout: BenchLayout, i: number): boolean {
  const stride = Math.floor(layout.rows / layout.drifted);
  return i % stride === 0 && i / stride < layout.drifted;
}
