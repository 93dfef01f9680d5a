import {
  pvxEquals,
  PvxTemplates,
  type ClarusClient,
  type PeoplevoxClient,
  type PrimaClient,
} from '@parity/connectors';
import type { StockLevels } from '@parity/contracts';

/*
 * One SKU's stock at one location, read from its owner's API and put as StockLevels. Every
 * owner counts whole units, the scale (0) edge gives every movement it publishes, so the
 * figures are already in the item's quantity scale. Undefined: the owner has no such row.
 */

/** A Peoplevox site's row of "Item inventory summary". Peoplevox has no quarantine figure. */
export async function peoplevoxStockAt(
  peoplevox: PeoplevoxClient,
  site: string,
  sku: string,
): Promise<StockLevels | undefined> {
  // One condition, the grammar Parity relies on: ask for the item (a row per site), pick the site.
  const rows = peoplevox.getAll(PvxTemplates.inventory, 100, pvxEquals('ItemCode', sku));
  for await (const row of rows) {
    if (row.itemCode === sku && row.siteReference === site) {
      return { onHand: row.onHand, allocated: row.allocated, quarantined: 0 };
    }
  }
  return undefined;
}

/** A Clarus warehouse's level; stock on hold is Parity's quarantine, and is part of on hand. */
export async function clarusStockAt(
  clarus: ClarusClient,
  warehouse: string,
  sku: string,
): Promise<StockLevels | undefined> {
  const levels = await clarus.stockLevels({ productRefs: [sku], warehouse });
  const level = levels.find(
    (l) => l.warehouse === warehouse && l.product.external_system_reference1 === sku,
  );
  return level && { onHand: level.on_hand, allocated: level.allocated, quarantined: level.on_hold };
}

/**
 * A Prima depot's row (Parity's depot codes are Prima's). Prima keeps no quarantine figure;
 * its holds are inside its own available-to-sell, which inventory does not take from it.
 */
export async function primaStockAt(
  prima: PrimaClient,
  depot: string,
  sku: string,
): Promise<StockLevels | undefined> {
  const level = await prima.stockOf(depot, sku);
  return (
    level && { onHand: level.quantityOnHand, allocated: level.quantityAllocated, quarantined: 0 }
  );
}
