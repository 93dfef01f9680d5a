import { distinctVariants } from './choose-lines';
import type { DriverContext } from './driver-context';
import { formatMinor } from './money';
import { recordOversell } from './pos-sales';

/**
 * A web order, entered in Prima and authorised, for the lines Prima's available-to-sell at a
 * warehouse depot says the shop can sell. Each accepted unit is claimed from the warehouse's
 * physical stock; one that is not there is an online oversell.
 */
export async function onlineOrder(ctx: DriverContext): Promise<void> {
  const { rng, config, world } = ctx;
  const warehouse = rng.pick(world.warehouses);
  const lineCount = rng.int(config.linesPerOrder.min, config.linesPerOrder.max);
  const wanted = distinctVariants(rng, world.catalogue.variants, lineCount);
  const accepted = [];
  for (const variant of wanted) {
    if ((await ctx.primaAts.available(warehouse.depotCode, variant.sku)) >= 1)
      accepted.push(variant);
  }
  if (accepted.length === 0) {
    ctx.tally.declined.onlineOrder += 1;
    return;
  }
  await ctx.http.post('prima/sales-orders', [
    {
      orderSource: 'WEB',
      status: 'AUTHORISED',
      customerAccountCode: world.primaWebCustomer,
      customerReference: `WEB-${ctx.nextSequence()}`,
      depotCode: warehouse.depotCode,
      currency: 'GBP',
      lines: accepted.map((variant) => ({
        itemCode: variant.sku,
        quantityOrdered: 1,
        unitNetPrice: formatMinor(variant.netMinor),
        vatCode: variant.vatCode,
      })),
    },
  ]);
  for (const variant of accepted) {
    ctx.primaAts.move(warehouse.depotCode, variant.sku, -1);
    recordOversell(ctx, 'online', ctx.physical.take(warehouse.depotCode, variant.sku, 1));
  }
  ctx.tally.done.onlineOrder += 1;
  ctx.tally.units.onlineOrdered += accepted.length;
}
