import { jsonSetting } from '@parity/config';
import { z } from 'zod';

const depotCode = z.string().regex(/^[^:\s]+$/, 'depot codes contain no colon');

/** Depot → where it is at the vendor; edge maps each location to one depot, so no two share one. */
function locations<L extends string | number>(location: z.ZodType<L>) {
  return z.record(depotCode, location).superRefine((byDepot, ctx) => {
    const seen = new Map<L, string>();
    for (const [depot, at] of Object.entries(byDepot) as [string, L][]) {
      const other = seen.get(at);
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [depot],
          message: `the same location as depot ${other}`,
        });
      }
      seen.set(at, depot);
    }
  });
}

/**
 * `SWEEP_VENDOR_DEPOTS`: the depots swept against each vendor's API, and where each is at the
 * vendor — EDGE_LOCATIONS the other way round. JSON:
 * `{"peoplevox":{"WH1":"PrimarySite"},"clarus":{"WH2":"MAIN"},"prima":["WH1","WH2","STORE01"],
 *   "sitoo":{"STORE01":3}}`: a Peoplevox site reference, a Clarus warehouse, a Sitoo warehouse
 * id; Prima's depots are listed only, as Parity's depot codes are Prima's. Lightspeed is not
 * swept: its shops' figures would need reconciliation's own OAuth client and token store.
 */
export const vendorDepotsSchema = jsonSetting(
  z
    .object({
      peoplevox: locations(z.string().min(1)).optional(),
      clarus: locations(z.string().min(1)).optional(),
      prima: z
        .array(depotCode)
        .min(1)
        .refine((depots) => new Set(depots).size === depots.length, 'a depot is listed twice')
        .optional(),
      sitoo: locations(z.number().int().positive()).optional(),
    })
    .strict(),
);

export type VendorDepots = z.output<typeof vendorDepotsSchema>;
