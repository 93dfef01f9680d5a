import type { PrimaClient } from '@parity/connectors';
import type { StockLevels } from '@parity/contracts';

/*
 * Some SKUs' stock at one location, read from its owner's API in as few calls as it allows
 * and put as StockLevels by SKU (a warehouse's through the WMS port of libs/connectors). Every
 * owner counts whole units, the scale (0) edge gives every movement it publishes, so the
 * figures are already in the item's quantity scale. A SKU the owner has no row for is absent.
 */
export type StockBySku = ReadonlyMap<string, StockLevels>;

/** Up to this many SKUs Prima is asked one by one; beyond, the depot's whole listing is cheaper. */
const PRIMA_SINGLE_READS = 10;

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
