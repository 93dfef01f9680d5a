import { jsonSetting } from '@parity/config';
import { z } from 'zod';

/** The systems that can own a depot's stock: its WMS for a warehouse, Prima for a store. */
export const StockOwner = z.enum(['PEOPLEVOX', 'CLARUS', 'PRIMA']);
export type StockOwner = z.output<typeof StockOwner>;

/**
 * Where a depot's available-to-sell is pushed. A warehouse depot (WMS-owned) pushes Parity's
 * figures to Prima; a store depot (Prima-owned) pushes Prima's available-to-sell to its tills:
 * a Sitoo warehouse and/or a Lightspeed shop of the configured account.
 */
const pushTargets = z
  .object({
    prima: z.boolean().default(false),
    sitoo: z.object({ warehouseId: z.number().int().positive() }).strict().optional(),
    lightspeed: z
      .object({ shopId: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();

const depotSettings = z
  .object({
    owner: StockOwner,
    /**
     * The owner numbers each SKU's movements 1, 2, 3… in this depot, so a gap means a lost
     * movement. Off by default: many WMS sequences are journal ids shared by every SKU.
     */
    contiguousSequence: z.boolean().default(false),
    /**
     * Where a WMS-owned depot is at its WMS: the Peoplevox site reference or Clarus warehouse
     * that edge maps to this depot (EDGE_LOCATIONS), the other way round. Snapshot requests are
     * read there once the owner's connection is configured. A Prima-owned depot has none:
     * Parity's depot codes are Prima's.
     */
    location: z.string().min(1).optional(),
    /** Parity's store code of a store depot, named in the sync acks of its till pushes. */
    store: z.string().min(1).optional(),
    /** Absent: the depot's figures go nowhere (published on inventory.availability.v1 only). */
    push: pushTargets.optional(),
  })
  .strict()
  .superRefine((depot, ctx) => {
    const tills = depot.push?.sitoo !== undefined || depot.push?.lightspeed !== undefined;
    if (depot.owner === 'PRIMA' && depot.location !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: "a Prima-owned depot is read from Prima's depot of the same code",
      });
    }
    if (depot.owner === 'PRIMA' && depot.push?.prima) {
      ctx.addIssue({
        code: 'custom',
        path: ['push', 'prima'],
        message: 'a Prima-owned depot takes no push from Parity: Prima holds its figures',
      });
    }
    if (depot.owner !== 'PRIMA' && tills) {
      ctx.addIssue({
        code: 'custom',
        path: ['push'],
        message:
          "tills are pushed from Prima's available-to-sell: only a PRIMA-owned depot has them",
      });
    }
    if (tills && !depot.store) {
      ctx.addIssue({
        code: 'custom',
        path: ['store'],
        message: 'a depot with tills names its store',
      });
    }
  });

export type DepotSettings = z.output<typeof depotSettings>;

/**
 * `INVENTORY_DEPOTS`: who owns each depot's stock, where it is at its WMS, and where its
 * available-to-sell goes, as JSON keyed by Parity's depot code:
 * `{"WH1":{"owner":"PEOPLEVOX","location":"PrimarySite","push":{"prima":true}},
 *   "WH2":{"owner":"CLARUS","location":"MAIN","contiguousSequence":true},
 *   "STORE01":{"owner":"PRIMA","store":"STH","push":{"sitoo":{"warehouseId":3},"lightspeed":{"shopId":"1"}}}}`.
 * Depot codes never contain a colon: availability is keyed `depot:sku`. Parity's depot codes
 * are Prima's depot codes. No two depots of one WMS share a location: edge maps each location
 * to one depot.
 */
export const depotsSchema = jsonSetting(
  z
    .record(z.string().regex(/^[^:\s]+$/, 'depot codes contain no colon'), depotSettings)
    .superRefine(eachLocationOneDepot),
);

function eachLocationOneDepot(
  depots: Readonly<Record<string, DepotSettings>>,
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, string>();
  for (const [code, depot] of Object.entries(depots)) {
    if (depot.location === undefined) continue;
    const key = `${depot.owner}:${depot.location}`;
    const other = seen.get(key);
    if (other !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [code, 'location'],
        message: `the same location as depot ${other}`,
      });
    }
    seen.set(key, code);
  }
}

export type DepotMap = Readonly<Record<string, DepotSettings>>;
