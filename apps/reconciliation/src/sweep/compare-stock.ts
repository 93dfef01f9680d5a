import type { SourceSystem } from '@parity/contracts';
import type { Joined } from './merge-join';
import type { SnapshotRow } from './stock-snapshot-source';
import type { ViewRow } from './view-rows';

const WAREHOUSE_SYSTEMS: readonly SourceSystem[] = ['PEOPLEVOX', 'CLARUS'];

/**
 * DRIFT: a system's own figure differs from Parity's by more than the tolerance (a WMS on
 * hand or allocated; Prima's or a till's ATS). NOT_IN_PRIMA_ATS: a WMS holds sellable stock
 * that Prima offers none of, so it cannot be sold.
 */
export type FindingKind = 'DRIFT' | 'NOT_IN_PRIMA_ATS';

export interface StockFinding {
  readonly kind: FindingKind;
  readonly system: SourceSystem;
  readonly depot: string;
  readonly sku: string;
  /** The figure compared: `onHand`, `allocated` or `ats`. */
  readonly measure: 'onHand' | 'allocated' | 'ats';
  /** What the system says (0 when it does not list the SKU). */
  readonly systemSays: number;
  /** What Parity says (0 when it has no figure). */
  readonly paritySays: number;
  readonly view: ViewRow | undefined;
}

/**
 * Compares one depot × SKU of the view with a system's snapshot. A SKU missing on one side
 * counts as zero there: stock one side lists and the other does not is the worst drift.
 */
export function compareStock(
  joined: Joined<ViewRow, SnapshotRow>,
  system: SourceSystem,
  tolerance: number,
): StockFinding[] {
  const view = joined.left;
  const snapshot = joined.right;
  const where = {
    system,
    depot: (view ?? snapshot)?.depot ?? '',
    sku: (view ?? snapshot)?.sku ?? '',
    view,
  };
  const findings: StockFinding[] = [];
  const differs = (measure: StockFinding['measure'], systemSays: number, paritySays: number) => {
    if (Math.abs(systemSays - paritySays) > tolerance) {
      findings.push({ kind: 'DRIFT', measure, systemSays, paritySays, ...where });
    }
  };
  if (WAREHOUSE_SYSTEMS.includes(system)) {
    differs('onHand', snapshot?.onHand ?? 0, view?.parityOnHand ?? 0);
    if (snapshot?.allocated != null)
      differs('allocated', snapshot.allocated, view?.parityAllocated ?? 0);
    const sellable = (snapshot?.onHand ?? 0) - (snapshot?.allocated ?? 0);
    if (sellable > 0 && (view?.primaAts ?? 0) === 0) {
      findings.push({
        kind: 'NOT_IN_PRIMA_ATS',
        measure: 'ats',
        systemSays: sellable,
        paritySays: view?.primaAts ?? 0,
        ...where,
      });
    }
  } else {
    differs('ats', snapshot?.ats ?? 0, view?.parityAts ?? 0);
  }
  return findings;
}
