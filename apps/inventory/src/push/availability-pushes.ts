import type { Availability, StockMovement } from '@parity/contracts';
import type { InventoryDepots } from '../depots/inventory-depots';
import { depotSkuKey } from '../ledger/ledger-entry';
import type { PushRequest } from './push-target';

/**
 * The Prima pushes of a lane's availability events: one per changed SKU × warehouse depot
 * that pushes to Prima (with a Prima connection), carrying how many of the lane's movements made the change (its
 * velocity). Store depots are not pushed from here: Prima owns their figures.
 */
export function primaPushesOf(
  availability: readonly Availability[],
  movements: readonly Pick<StockMovement, 'sku' | 'depot'>[],
  depots: InventoryDepots,
): PushRequest[] {
  const counts = new Map<string, number>();
  for (const m of movements) counts.set(depotSkuKey(m), (counts.get(depotSkuKey(m)) ?? 0) + 1);
  return availability
    .filter((a) => depots.pushTargetsOf(a.depot).includes('PRIMA'))
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
