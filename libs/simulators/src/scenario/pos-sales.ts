import { distinctVariants, unitsForLine } from './choose-lines';
import type { DriverContext } from './driver-context';
import type { BadDataType } from './scenario-config';
import type { SeededStore } from './seeded-world';
import type { SaleShape, TillLine } from './tills';

/** What cashiers type on an open line, with its tax-inclusive price. */
const MISCELLANEOUS_LINES = [
  { note: 'Alteration: trouser hem', unitPriceMinor: 850 },
  { note: 'Repair: replace zip', unitPriceMinor: 1_500 },
  { note: 'Carrier bag', unitPriceMinor: 10 },
] as const;

type SaleFault = Exclude<BadDataType, 'malformedPayload'>;
const SALE_FAULTS: readonly SaleFault[] = [
  'unknownSku',
  'unmappedShop',
  'taxMismatch',
  'totalsMismatch',
];

/**
 * A POS sale at a random store: a few matrix variants, sometimes discounted, sometimes with a
 * gift card or service, at a Lightspeed store sometimes a cashier's miscellaneous line or the
 * older API's shape, and at the configured rates one planted fault.
 */
export async function posSale(ctx: DriverContext): Promise<void> {
  const { rng, config, world } = ctx;
  const fault = drawSaleFault(ctx);
  const lineCount = rng.int(config.linesPerSale.min, config.linesPerSale.max);
  const discounted = rng.chance(config.discountRate);
  const lines: TillLine[] = distinctVariants(rng, world.catalogue.variants, lineCount).map(
    (variant) => ({
      sku: variant.sku,
      quantity: unitsForLine(rng),
      // 10 % off the line, in whole pence.
      discountMinor: discounted ? Math.floor(variant.grossMinor / 10) : undefined,
    }),
  );
  const extras: TillLine[] = [];
  if (world.catalogue.nonStock.length > 0 && rng.chance(config.nonStockLineRate)) {
    extras.push({ sku: rng.pick(world.catalogue.nonStock).sku, quantity: 1 });
  }
  if (fault === 'unmappedShop' && world.unmappedStores.length > 0) {
    await sellAtUnmappedStore(ctx, rng.pick(world.unmappedStores), [...lines, ...extras]);
    return;
  }
  if (fault && fault !== 'unmappedShop')
    extras.push({ sku: world.catalogue.faults[fault].sku, quantity: 1 });
  const store = rng.pick(world.stores);
  const lightspeed = store.till === 'lightspeed';
  if (lightspeed && rng.chance(config.miscellaneousLineRate)) {
    const miscellaneous = rng.pick(MISCELLANEOUS_LINES);
    extras.push({ sku: world.catalogue.genericNonStock.sku, quantity: 1, miscellaneous });
  }
  const shape: SaleShape = {
    withoutCompleteTime: lightspeed && rng.chance(config.withoutCompleteTimeRate),
  };
  const sold = await ringUpSale(ctx, store, lines, extras, shape);
  if (sold && fault && fault !== 'unmappedShop') ctx.tally.badData[fault] += 1;
}

/**
 * Rings up `stockLines` that the till believes it has, plus `extraLines` (non-stock items and
 * planted faults, which a till sells without looking at stock). Every stock line sold is taken
 * from the store's physical stock; a unit the till sold that was not physically there is an
 * oversell. Answers whether anything was sold.
 */
export async function ringUpSale(
  ctx: DriverContext,
  store: SeededStore,
  stockLines: readonly TillLine[],
  extraLines: readonly TillLine[] = [],
  shape: SaleShape = {},
): Promise<boolean> {
  const belief = ctx.tillBeliefs[store.till];
  const believed: TillLine[] = [];
  for (const line of stockLines) {
    if ((await belief.available(store.tillLocationId, line.sku)) >= line.quantity)
      believed.push(line);
  }
  if (believed.length === 0 && extraLines.length === 0) {
    ctx.tally.declined.posSale += 1;
    return false;
  }
  const sale = await ctx.tills[store.till].sell(
    store.tillLocationId,
    [...believed, ...extraLines],
    shape,
  );
  const { tally } = ctx;
  tally.done.posSale += 1;
  tally.tillTransactions[store.till] += 1;
  for (const line of believed) {
    belief.move(store.tillLocationId, line.sku, -line.quantity);
    recordOversell(ctx, 'pos', ctx.physical.take(store.storeCode, line.sku, line.quantity));
    tally.units.posSold += line.quantity;
    tally.posLines.stock += 1;
    if (line.discountMinor) tally.posLines.discounted += 1;
  }
  const nonStock = new Set(ctx.world.catalogue.nonStock.map((item) => item.sku));
  tally.posLines.nonStock += extraLines.filter(
    (line) => nonStock.has(line.sku) || line.miscellaneous,
  ).length;
  const stockSkus = new Set(believed.map((line) => line.sku));
  const returnable = { ...sale, lines: sale.lines.filter((line) => stockSkus.has(line.sku)) };
  if (returnable.lines.length > 0)
    ctx.pastSales.push({ store, sale: returnable, returned: new Map() });
  return true;
}

/** A sale at a shop Parity has no mapping for; it holds no stock Parity knows of, so no checks. */
async function sellAtUnmappedStore(
  ctx: DriverContext,
  store: SeededStore,
  lines: readonly TillLine[],
): Promise<void> {
  await ctx.tills[store.till].sell(store.tillLocationId, lines);
  ctx.tally.done.posSale += 1;
  ctx.tally.tillTransactions[store.till] += 1;
  ctx.tally.badData.unmappedShop += 1;
}

export function recordOversell(ctx: DriverContext, channel: 'pos' | 'online', shortUnits: number) {
  if (shortUnits === 0) return;
  const { oversells } = ctx.tally;
  if (channel === 'pos') {
    oversells.posLines += 1;
    oversells.posUnits += shortUnits;
  } else {
    oversells.onlineLines += 1;
    oversells.onlineUnits += shortUnits;
  }
}

/** At most one fault per sale: one uniform draw against the rates laid end to end. */
function drawSaleFault(ctx: DriverContext): SaleFault | undefined {
  let threshold = ctx.rng.next();
  for (const fault of SALE_FAULTS) {
    threshold -= ctx.config.badData[fault];
    if (threshold < 0) return fault;
  }
  return undefined;
}
