import type { SourceSystem } from '@parity/contracts';
import type { WorldModelProvider } from '@parity/world';
import type { NonStockItemMap } from './canonical-event';

/**
 * Edge's generic non-stock items, read from the current world model at every lookup, so an item
 * configured in the world takes effect with the next payload (a sale refused for the lack of
 * one is accepted when replayed after the fix).
 */
export function worldNonStockItems(world: WorldModelProvider): NonStockItemMap {
  return {
    primaItemFor: (vendor, itemId) =>
      world.current().nonStockItem(vendor.toUpperCase() as SourceSystem, itemId)?.primaItem,
  };
}
