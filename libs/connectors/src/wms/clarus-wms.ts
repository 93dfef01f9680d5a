import type { ClarusClient } from '../clarus/clarus.client';
import type { WmsPort, WmsStockLevel } from './wms-port';

/**
 * The WMS port over Clarus: its stock levels of one warehouse, for the products carrying a
 * Parity SKU (external system reference 1). Stock on hold is quarantined, and part of on hand.
 */
export function clarusWms(clarus: ClarusClient): WmsPort {
  return {
    wms: 'CLARUS',
    async stockAt(warehouse, skus) {
      const wanted = new Set(skus);
      const found = new Map<string, WmsStockLevel>();
      for (const level of await clarus.stockLevels({ productRefs: skus, warehouse })) {
        const sku = level.product.external_system_reference1;
        if (level.warehouse === warehouse && sku && wanted.has(sku)) {
          found.set(sku, {
            onHand: level.on_hand,
            allocated: level.allocated,
            quarantined: level.on_hold,
          });
        }
      }
      return found;
    },
  };
}
