import { loadConfig, platformEnvSchema, positiveMs } from '@parity/config';
import { z } from 'zod';
import { depotsSchema } from './depots/depot-settings';
import { checkVendorKeys, pushEnv, pushSettingsOf } from './push/push-settings';

/** Inventory's own settings; with the platform's, the only place it reads process.env. */
const inventoryOnly = z
  .object({
    INVENTORY_DEPOTS: depotsSchema,
    /** Units held back from available-to-sell for every SKU, unless inventory.safety_buffers says otherwise. */
    INVENTORY_SAFETY_BUFFER: z.coerce
      .number({ error: 'expected a whole number of units' })
      .int()
      .min(0)
      .default(0),
    /** How often open snapshot requests are re-read from the stock owner. */
    INVENTORY_SNAPSHOT_INTERVAL_MS: positiveMs.default(5_000),
    /**
     * `true`: a SKU × depot seen for the first time is read from its owner before Parity pushes
     * its figure anywhere (the ledger cannot know what stock was there before its first
     * movement). Needs the owners' APIs; `false` trusts the movements from zero.
     */
    INVENTORY_BASELINE_FROM_OWNER: z.enum(['true', 'false']).default('false'),
  })
  .extend(pushEnv.shape)
  .superRefine((env, ctx) => {
    checkVendorKeys(env, ctx);
    const depots = Object.entries(env.INVENTORY_DEPOTS);
    const needs = {
      PRIMA_API_URL: depots.some(([, d]) => d.push?.prima || d.push?.sitoo || d.push?.lightspeed),
      SITOO_API_URL: depots.some(([, d]) => d.push?.sitoo),
      LIGHTSPEED_API_URL: depots.some(([, d]) => d.push?.lightspeed),
    } as const;
    for (const [key, needed] of Object.entries(needs)) {
      if (needed && env[key as keyof typeof needs] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'required by INVENTORY_DEPOTS pushes',
        });
      }
    }
  })
  .transform((env) => ({
    inventory: {
      depots: env.INVENTORY_DEPOTS,
      safetyBufferUnits: env.INVENTORY_SAFETY_BUFFER,
      snapshotIntervalMs: env.INVENTORY_SNAPSHOT_INTERVAL_MS,
      baselineFromOwner: env.INVENTORY_BASELINE_FROM_OWNER === 'true',
      push: pushSettingsOf(env),
    },
  }));

export const inventoryEnvSchema = z.intersection(platformEnvSchema, inventoryOnly);

export type InventoryConfig = z.output<typeof inventoryEnvSchema>;
export type InventorySettings = InventoryConfig['inventory'];

export const loadInventoryConfig = () => loadConfig(inventoryEnvSchema, process.env);
