import { siblingOf } from './choose-lines';
import type { DriverContext, PastSale } from './driver-context';
import { recordOversell } from './pos-sales';

/** A refund of one line of an earlier sale, at the store it was bought in; goods go back on the shelf. */
export async function posReturn(ctx: DriverContext): Promise<void> {
  const earlier = pickReturnable(ctx);
  if (!earlier) {
    ctx.tally.declined.return += 1;
    return;
  }
  const { past, lineRef, sku, quantity } = earlier;
  const { store } = past;
  await ctx.tills[store.till].bringBack(
    store.tillLocationId,
    past.sale,
    [{ lineRef, quantity }],
    [],
  );
  past.returned.set(lineRef, (past.returned.get(lineRef) ?? 0) + quantity);
  ctx.tillBeliefs[store.till].move(store.tillLocationId, sku, quantity);
  ctx.physical.add(store.storeCode, sku, quantity);
  ctx.tally.done.return += 1;
  ctx.tally.tillTransactions[store.till] += 1;
  ctx.tally.units.posReturned += quantity;
}

/**
 * An exchange: one line of an earlier sale brought back for another size or colour of the same
 * style, when the till believes it has one. The new unit is checked for oversell like a sale.
 */
export async function posExchange(ctx: DriverContext): Promise<void> {
  const earlier = pickReturnable(ctx);
  const replacement = earlier && siblingOf(ctx.rng, ctx.world.catalogue.variants, earlier.sku);
  if (!earlier || !replacement) {
    ctx.tally.declined.exchange += 1;
    return;
  }
  const { past, lineRef, sku, quantity } = earlier;
  const { store } = past;
  const belief = ctx.tillBeliefs[store.till];
  if ((await belief.available(store.tillLocationId, replacement.sku)) < quantity) {
    ctx.tally.declined.exchange += 1;
    return;
  }
  await ctx.tills[store.till].bringBack(
    store.tillLocationId,
    past.sale,
    [{ lineRef, quantity }],
    [{ sku: replacement.sku, quantity }],
  );
  past.returned.set(lineRef, (past.returned.get(lineRef) ?? 0) + quantity);
  belief.move(store.tillLocationId, sku, quantity);
  belief.move(store.tillLocationId, replacement.sku, -quantity);
  ctx.physical.add(store.storeCode, sku, quantity);
  recordOversell(ctx, 'pos', ctx.physical.take(store.storeCode, replacement.sku, quantity));
  ctx.tally.done.exchange += 1;
  ctx.tally.tillTransactions[store.till] += 1;
  ctx.tally.units.posReturned += quantity;
  ctx.tally.units.posSold += quantity;
}

/** A random earlier sale and one of its lines with units not yet brought back, if it has one. */
function pickReturnable(ctx: DriverContext) {
  if (ctx.pastSales.length === 0) return undefined;
  const past: PastSale = ctx.rng.pick(ctx.pastSales);
  const line = ctx.rng.pick(past.sale.lines);
  const quantity = line.quantity - (past.returned.get(line.lineRef) ?? 0);
  if (quantity <= 0) return undefined;
  return { past, lineRef: line.lineRef, sku: line.sku, quantity };
}
