import { AdminRequestFailed } from './admin-http';
import { distinctVariants } from './choose-lines';
import type { DriverContext } from './driver-context';
import { formatMinor } from './money';
import type { WarehouseConfig } from './scenario-config';

const SUPPLIER = 'SUPP-001';

/**
 * A delivery: a purchase order raised in Prima (so the receipt has a valid PO to match), then
 * received at the WMS under the PO number.
 */
export async function warehouseReceipt(ctx: DriverContext): Promise<void> {
  const { rng, config, world } = ctx;
  const warehouse = rng.pick(world.warehouses);
  const lines = distinctVariants(rng, world.catalogue.variants, rng.int(1, 5)).map((variant) => ({
    variant,
    quantity: rng.int(config.unitsReceivedPerLine.min, config.unitsReceivedPerLine.max),
  }));
  const poNumber = `PO${String(ctx.nextSequence()).padStart(6, '0')}`;
  await ctx.http.post('prima/purchase-orders', [
    {
      poNumber,
      supplierAccountCode: SUPPLIER,
      depotCode: warehouse.depotCode,
      status: 'AWAITING_RECEIPT',
      orderDate: new Date().toISOString(),
      currency: 'GBP',
      lines: lines.map(({ variant, quantity }, index) => ({
        lineNumber: index + 1,
        itemCode: variant.sku,
        quantityOrdered: quantity,
        // Bought in at 40 % of the net sell price.
        unitCost: formatMinor(Math.round((variant.netMinor * 2) / 5)),
      })),
    },
  ]);
  if (warehouse.wms === 'peoplevox') {
    await ctx.http.post('peoplevox/goods-in', {
      reference: poNumber,
      site: warehouse.site,
      items: lines.map(({ variant, quantity }) => ({ itemCode: variant.sku, quantity })),
    });
  } else {
    await ctx.http.post(`clarus/goods-in/${poNumber}/complete`, {
      warehouse: warehouse.site,
      lines: lines.map(({ variant, quantity }, index) => ({
        product: variant.sku,
        received_quantity: quantity,
        line_number: index + 1,
      })),
    });
  }
  for (const { variant, quantity } of lines) {
    ctx.physical.add(warehouse.depotCode, variant.sku, quantity);
    ctx.tally.units.received += quantity;
  }
  ctx.tally.done.receipt += 1;
}

/**
 * A stock adjustment on the warehouse floor: units found (+) or damaged (−), never more than
 * are physically free. Clarus takes the change as an adjustment; Peoplevox as a stock count.
 */
export async function warehouseAdjustment(ctx: DriverContext): Promise<void> {
  const { rng, world } = ctx;
  const warehouse = rng.pick(world.warehouses);
  const sku = rng.pick(world.catalogue.variants).sku;
  const drawn = rng.int(-3, 3) || 1;
  const delta = Math.max(drawn, -ctx.physical.get(warehouse.depotCode, sku));
  const applied = delta === 0 ? 0 : await adjustAtWms(ctx, warehouse, sku, delta);
  if (applied === 0) {
    ctx.tally.declined.adjustment += 1;
    return;
  }
  ctx.physical.add(warehouse.depotCode, sku, applied);
  ctx.tally.done.adjustment += 1;
  ctx.tally.units.adjusted += applied;
}

interface PeoplevoxStock {
  readonly onHand: number;
  readonly allocated: number;
}

/** Applies the change at the WMS and answers the change it took (0 if it refused). */
async function adjustAtWms(
  ctx: DriverContext,
  warehouse: WarehouseConfig,
  sku: string,
  delta: number,
): Promise<number> {
  if (warehouse.wms === 'clarus') {
    try {
      await ctx.http.post('clarus/stock/adjustments', {
        product: sku,
        warehouse: warehouse.site,
        quantity: delta,
        reason: delta > 0 ? 'FOUND' : 'DAMAGED',
      });
      return delta;
    } catch (error) {
      // Clarus refuses to adjust down stock that is allocated or on hold.
      if (error instanceof AdminRequestFailed && error.status === 422) return 0;
      throw error;
    }
  }
  // A Peoplevox count sets the on-hand figure, so it needs the current one; never below allocated.
  const items =
    await ctx.http.get<{ itemCode: string; stock: Record<string, PeoplevoxStock> }[]>(
      'peoplevox/items',
    );
  const level = items.find((item) => item.itemCode === sku)?.stock[warehouse.site];
  if (!level) return 0;
  const onHand = Math.max(level.allocated, level.onHand + delta);
  if (onHand === level.onHand) return 0;
  await ctx.http.put('peoplevox/stock', { itemCode: sku, site: warehouse.site, onHand });
  return onHand - level.onHand;
}
