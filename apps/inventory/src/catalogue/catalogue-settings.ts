import { positiveMs } from '@parity/config';
import type { CatalogueTargetName } from '@parity/connectors';
import { z } from 'zod';

const TARGETS = [
  'PEOPLEVOX',
  'CLARUS',
  'SITOO',
  'LIGHTSPEED',
] as const satisfies readonly CatalogueTargetName[];

/** How inventory keeps Prima's item master in every WMS and till (catalogue/README.md). */
export const catalogueEnv = z.object({
  /**
   * The targets inventory creates and updates items in, comma-separated; unset: every target
   * it has a connection to. Empty (``): none, where another system still owns the targets'
   * catalogues; then no SKU waits for readiness.
   */
  INVENTORY_CATALOGUE_TARGETS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((t) => t.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(TARGETS, { error: `expected targets among ${TARGETS.join(', ')}` })))
    .optional(),
  /** A SKU still missing in a target this long after Prima announced it raises SKU_NOT_READY. */
  INVENTORY_SKU_READY_WITHIN_MS: positiveMs.default(15 * 60_000),
});

type CatalogueEnv = z.output<typeof catalogueEnv>;

export function catalogueSettingsOf(env: CatalogueEnv) {
  return {
    targets: env.INVENTORY_CATALOGUE_TARGETS as readonly CatalogueTargetName[] | undefined,
    readyWithinMs: env.INVENTORY_SKU_READY_WITHIN_MS,
  };
}

export type CatalogueSettings = ReturnType<typeof catalogueSettingsOf>;
