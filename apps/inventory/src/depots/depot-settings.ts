import { z } from 'zod';

/** The systems that can own a depot's stock: its WMS for a warehouse, Prima for a store. */
export const StockOwner = z.enum(['PEOPLEVOX', 'CLARUS', 'PRIMA']);
export type StockOwner = z.output<typeof StockOwner>;

const depotSettings = z
  .object({
    owner: StockOwner,
    /**
     * The owner numbers each SKU's movements 1, 2, 3… in this depot, so a gap means a lost
     * movement. Off by default: many WMS sequences are journal ids shared by every SKU.
     */
    contiguousSequence: z.boolean().default(false),
  })
  .strict();

export type DepotSettings = z.output<typeof depotSettings>;

/**
 * `INVENTORY_DEPOTS`: who owns each depot's stock, as JSON keyed by Parity's depot code:
 * `{"WH1":{"owner":"PEOPLEVOX"},"WH2":{"owner":"CLARUS","contiguousSequence":true},"STORE01":{"owner":"PRIMA"}}`.
 * Depot codes never contain a colon: availability is keyed `depot:sku`.
 */
export const depotsSchema = z
  .string()
  .default('{}')
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(/^[^:\s]+$/, 'depot codes contain no colon'), depotSettings));

export type DepotMap = Readonly<Record<string, DepotSettings>>;
