import type { PeoplevoxClient } from '../peoplevox/peoplevox.client';
import { PvxTemplates } from '../peoplevox/peoplevox.templates';
import { pvxIn } from '../peoplevox/search-clause';
import type { WmsPort, WmsStockLevel } from './wms-port';

/** SKUs per Peoplevox search: one `ItemCode.In(…)` condition returns their rows for every site. */
const SKUS_PER_CALL = 100;

/** The WMS port over Peoplevox: its "Item inventory summary" rows of one site. */
export function peoplevoxWms(peoplevox: PeoplevoxClient): WmsPort {
  return {
    wms: 'PEOPLEVOX',
    async stockAt(site, skus) {
      const wanted = new Set(skus);
      const found = new Map<string, WmsStockLevel>();
      for (let i = 0; i < skus.length; i += SKUS_PER_CALL) {
        const batch = skus.slice(i, i + SKUS_PER_CALL);
        const rows = peoplevox.getAll(PvxTemplates.inventory, 1_000, pvxIn('ItemCode', batch));
        for await (const row of rows) {
          if (row.siteReference === site && wanted.has(row.itemCode)) {
            found.set(row.itemCode, {
              onHand: row.onHand,
              allocated: row.allocated,
              quarantined: 0,
            });
          }
        }
      }
      return found;
    },
  };
}
