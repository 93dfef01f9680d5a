import type { RetryPolicy } from '@parity/resilience';
import type { PeoplevoxClient } from '../peoplevox/peoplevox.client';
import { PvxTemplates } from '../peoplevox/peoplevox.templates';
import { pvxIn } from '../peoplevox/search-clause';
import { peoplevoxOrders } from './peoplevox-orders';
import type { WmsPort, WmsStockLevel } from './wms-port';

/** SKUs per Peoplevox search: one `ItemCode.In(…)` condition returns their rows for every site. */
const SKUS_PER_CALL = 100;

export interface PeoplevoxWmsOptions {
  /** How a create that failed for now is retried within the call (createOnce's default if unset). */
  readonly createRetry?: RetryPolicy;
}

/**
 * The WMS port over Peoplevox: stock from its "Item inventory summary" rows of one site;
 * orders and pre-receipts through SaveData (peoplevox-orders.ts).
 */
export function peoplevoxWms(
  peoplevox: PeoplevoxClient,
  options: PeoplevoxWmsOptions = {},
): WmsPort {
  return {
    wms: 'PEOPLEVOX',
    ...peoplevoxOrders(peoplevox, options.createRetry),
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
