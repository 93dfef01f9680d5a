import type { Availability, StockMovement } from '@parity/contracts';
import type { DepotMap } from '../depots/depot-settings';
import { depotSkuKey } from '../ledger/ledger-entry';
import type { PushRequest } from './push-target';

/**
 * The Prima pushes of a lane's availability events: one per changed SKU × warehouse depot
 * that pushes to Prima, carrying how many of the lane's movements made the change (its
 * velocity). Store depots are not pushed from here: Prima owns their figures.
 */
export function primaPushesOf(
  availability: readonly Availability[],
  movements: readonly Pick<StockMovement, 'sku' | 'depot'>[],
  depots: DepotMap,
): PushRequest[] {
  const counts = new Map<string, number>();
  for (const m of movements) counts.set(depotSkuKey(m), (counts.get(depotSkuKey(m)) ?? 0) + 1);
  return availability
    .filter((a) => depots[a.depot]?.push?.prima === true)
    .map((a) => ({
      target: 'PRIMA',
      depot: a.depot,
      sku: a.sku,
      version: a.version,
      ats: a.ats,
      onHand: a.onHand,
      pending: a.pending,
      quantityScale: a.quantityScale,
      changedAt: a.header.occurredAt,
      movements: counts.get(depotSkuKey(a)) ?? 0,
    }));
}
