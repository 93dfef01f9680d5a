import type { ErpStockLevel } from '@parity/contracts';
import type { InventoryDepots } from '../depots/inventory-depots';
import type { PushRequest } from './push-target';

/**
 * How a store depot's tills learn what they may sell: Prima owns the store's stock (a till
 * sale posted to Prima decrements it there), so each till of the depot gets Prima's
 * available-to-sell, not its on hand. Prima's modifiedAt is the figure's version and where
 * sync lag counts from; a level read again is the same version and changes nothing in the
 * queue. Levels of depots Prima does not own, or with no tills inventory reaches, push nothing.
 */
export function tillPushesOf(
  levels: readonly ErpStockLevel[],
  depots: InventoryDepots,
): PushRequest[] {
  return levels.flatMap((level) => {
    if (depots.ownerOf(level.depot) !== 'PRIMA') return [];
    const tills = depots.pushTargetsOf(level.depot).filter((target) => target !== 'PRIMA');
    return tills.map((target) => ({
      target,
      depot: level.depot,
      sku: level.sku,
      version: level.modifiedAt,
      ats: level.ats,
      onHand: level.onHand,
      pending: 0,
      quantityScale: level.quantityScale,
      changedAt: level.modifiedAt,
      movements: 1,
    }));
  });
}
