import { z } from 'zod';

const count = z.number().int().nonnegative();
const perHour = z.number().nonnegative();
/** A share of something, from 0 (never) to 1 (always). */
const share = z.number().min(0).max(1);
const range = z
  .object({ min: z.number().int().positive(), max: z.number().int().positive() })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
const depotCode = z.string().regex(/^[A-Z0-9_-]{1,20}$/, 'depot codes are short upper-case codes');

const warehouseSchema = z.object({
  depotCode,
  wms: z.enum(['peoplevox', 'clarus']),
  /** The WMS's own name for it: a Peoplevox site or a Clarus warehouse code. */
  site: z.string().min(1),
});

/**
 * Bad data, as the share of POS sales that carry each fault. A sale carries at most one of
 * the first four (so their sum must not exceed 1); a malformed payload is an extra request to
 * edge drawn independently after a sale.
 */
const badDataSchema = z
  .object({
    /** A till line for a product that exists in the till only, never in Prima. */
    unknownSku: share.default(0),
    /** A sale at a till location Parity has no mapping for. */
    unmappedShop: share.default(0),
    /** A line whose till VAT rate disagrees with Prima's VAT code for the item. */
    taxMismatch: share.default(0),
    /** A line the till prices differently from Prima's item master, so totals cannot agree. */
    totalsMismatch: share.default(0),
    /** A broken body posted straight to edge's webhook URL. */
    malformedPayload: share.default(0),
  })
  .refine(
    (b) => b.unknownSku + b.unmappedShop + b.taxMismatch + b.totalsMismatch <= 1,
    'a sale carries at most one fault: unknownSku + unmappedShop + taxMismatch + totalsMismatch ≤ 1',
  );

export const scenarioConfigSchema = z
  .object({
    /** Same seed, same catalogue and the same timeline. */
    seed: z.number().int().nonnegative(),
    /** Simulated seconds per wall-clock second: 12 plays an hour in five minutes. */
    speed: z.number().positive(),
    /** Length of the timeline in simulated minutes. */
    durationMinutes: z.number().positive(),
    stores: z
      .object({ sitoo: count, lightspeed: count })
      .refine((s) => s.sitoo + s.lightspeed > 0, 'a scenario needs at least one store'),
    warehouses: z
      .array(warehouseSchema)
      .min(1)
      .refine(
        (list) => new Set(list.map((w) => w.depotCode)).size === list.length,
        'warehouse depot codes must be unique',
      ),
    catalogue: z.object({
      styles: z.number().int().positive(),
      coloursPerStyle: z.number().int().min(1).max(8),
      sizesPerStyle: z.number().int().min(1).max(8),
      /** Gift cards and services: in Prima as NON_STOCK, in the tills, never in a WMS. */
      nonStockItems: z.boolean(),
    }),
    startingStock: z.object({ perWarehouseSku: count, perStoreSku: count }),
    rates: z.object({
      onlineOrdersPerHour: perHour,
      posSalesPerHour: perHour,
      receiptsPerHour: perHour,
      adjustmentsPerHour: perHour,
    }),
    /** Share of POS sales later brought back for a refund, and later exchanged for another size. */
    returnRate: share,
    exchangeRate: share,
    linesPerOrder: range,
    linesPerSale: range,
    /** Share of POS sales with a line discount, and with a non-stock line (gift card, service). */
    discountRate: share,
    nonStockLineRate: share,
    /**
     * Lightspeed only, as its tills have them: the share of sales with a miscellaneous line (a
     * cashier's open line, itemID "0", no item), and the share served as older API versions
     * serve a completed sale (without completeTime).
     */
    miscellaneousLineRate: share.default(0),
    withoutCompleteTimeRate: share.default(0),
    unitsReceivedPerLine: range,
    badData: badDataSchema,
    /**
     * Where malformed payloads go: one of edge's webhook URLs (with its secret) and the
     * headers it needs. Without it they are counted as skipped, not sent.
     */
    edgeWebhook: z
      .object({ url: z.url(), headers: z.record(z.string(), z.string()).default({}) })
      .optional(),
    /** How long a channel's stock figure read from a simulator is trusted before re-reading. */
    beliefRefreshMs: z.number().int().nonnegative(),
  })
  .strict();

export type ScenarioConfig = z.output<typeof scenarioConfigSchema>;
export type ScenarioConfigInput = z.input<typeof scenarioConfigSchema>;
export type WarehouseConfig = ScenarioConfig['warehouses'][number];
export type BadDataType = keyof ScenarioConfig['badData'];
export const badDataTypes = [
  'unknownSku',
  'unmappedShop',
  'taxMismatch',
  'totalsMismatch',
  'malformedPayload',
] as const satisfies readonly BadDataType[];
