import {
  pvxIn,
  PvxTemplates,
  type ClarusClient,
  type PeoplevoxClient,
  type PrimaClient,
} from '@parity/connectors';
import type { StockLevels } from '@parity/contracts';

/*
 * Some SKUs' stock at one location, read from its owner's API in as few calls as it allows
 * (Peoplevox and Clarus budget about one call a second) and put as StockLevels by SKU. Every
 * owner counts whole units, the scale (0) edge gives every movement it publishes, so the
 * figures are already in the item's quantity scale. A SKU the owner has no row for is absent.
 */
export type StockBySku = ReadonlyMap<string, StockLevels>;

/** SKUs per Peoplevox search: one `ItemCode.In(…)` condition, its rows for every site. */
const PEOPLEVOX_SKUS_PER_CALL = 100;
/** Up to this many SKUs Prima is asked one by one; beyond, the depot's whole listing is cheaper. */
const PRIMA_SINGLE_READS = 10;

/** A Peoplevox site's rows of "Item inventory summary". Peoplevox has no quarantine figure. */
export async function peoplevoxStockAt(
  peoplevox: PeoplevoxClient,
  site: string,
  skus: readonly string[],
): Promise<StockBySku> {
  const wanted = new Set(skus);
  const found = new Map<string, StockLevels>();
  for (let i = 0; i < skus.length; i += PEOPLEVOX_SKUS_PER_CALL) {
    const batch = skus.slice(i, i + PEOPLEVOX_SKUS_PER_CALL);
    for await (const row of peoplevox.getAll(
      PvxTemplates.inventory,
      1_000,
      pvxIn('ItemCode', batch),
    )) {
      if (row.siteReference === site && wanted.has(row.itemCode)) {
        found.set(row.itemCode, { onHand: row.onHand, allocated: row.allocated, quarantined: 0 });
      }
    }
  }
  return found;
}

/** A Clarus warehouse's levels; stock on hold is Parity's quarantine, and is part of on hand. */
export async function clarusStockAt(
  clarus: ClarusClient,
  warehouse: string,
  skus: readonly string[],
): Promise<StockBySku> {
  const wanted = new Set(skus);
  const found = new Map<string, StockLevels>();
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
}

/**
 * A Prima depot's rows (Parity's depot codes are Prima's). Prima keeps no quarantine figure;
 * its holds are inside its own available-to-sell, which inventory does not take from it.
 */
export async function primaStockAt(
  prima: PrimaClient,
  depot: string,
  skus: readonly string[],
): Promise<StockBySku> {
  const found = new Map<string, StockLevels>();
  const put = (sku: string, level: { quantityOnHand: number; quantityAllocated: number }) =>
    found.set(sku, {
      onHand: level.quantityOnHand,
      allocated: level.quantityAllocated,
      quarantined: 0,
    });
  if (skus.length <= PRIMA_SINGLE_READS) {
    for (const sku of skus) {
      const level = await prima.stockOf(depot, sku);
      if (level) put(sku, level);
    }
    return found;
  }
  const wanted = new Set(skus);
  for await (const level of prima.stock(depot)) {
    if (wanted.has(level.itemCode)) put(level.itemCode, level);
  }
  return found;
}
