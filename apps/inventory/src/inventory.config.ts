import {
  VENDOR_CONNECTION_KEYS,
  vendorConnectionEnv,
  vendorConnectionsOf,
} from '@parity/connectors';
import { loadConfig, platformEnvSchema, positiveMs, requireTogether } from '@parity/config';
import { z } from 'zod';
import { catalogueEnv, catalogueSettingsOf } from './catalogue/catalogue-settings';
import { pushEnv, pushSettingsOf } from './push/push-settings';

/**
 * Inventory's own settings; with the platform's, the only place it reads process.env. The
 * vendor connections are those every service configures alike (libs/connectors): inventory
 * pushes available-to-sell through them and re-reads stock from its owner through them.
 * Lightspeed's is inventory's own OAuth client, not edge's: Lightspeed rotates both tokens on
 * every refresh, and only one component may refresh a client's pair, so inventory owns the
 * rotation of its token (kept in inventory.vendor_tokens).
 */
const inventoryOnly = z
  .object({
    ...vendorConnectionEnv,
    /** Units held back from available-to-sell for every SKU, unless inventory.safety_buffers says otherwise. */
    INVENTORY_SAFETY_BUFFER: z.coerce
      .number({ error: 'expected a whole number of units' })
      .int()
      .min(0)
      .default(0),
    /** How often open snapshot requests are re-read from the stock owner. */
    INVENTORY_SNAPSHOT_INTERVAL_MS: positiveMs.default(1_000),
    /**
     * `true`: a SKU × depot seen for the first time is read from its owner before Parity pushes
     * its figure anywhere (the ledger cannot know what stock was there before its first
     * movement). Needs the API connection of every WMS that owns a depot in the world model,
     * and is the default while they are all configured; `false` trusts the movements from zero.
     */
    INVENTORY_BASELINE_FROM_OWNER: z.enum(['true', 'false']).optional(),
  })
  .extend(pushEnv.shape)
  .extend(catalogueEnv.shape)
  .superRefine(requireTogether(VENDOR_CONNECTION_KEYS))
  .transform((env) => ({
    inventory: {
      vendors: vendorConnectionsOf(env),
      safetyBufferUnits: env.INVENTORY_SAFETY_BUFFER,
      snapshotIntervalMs: env.INVENTORY_SNAPSHOT_INTERVAL_MS,
      // Unset: decided against the world model's depots at use (InventoryDepots).
      baselineFromOwner:
        env.INVENTORY_BASELINE_FROM_OWNER === undefined
          ? undefined
          : env.INVENTORY_BASELINE_FROM_OWNER === 'true',
      push: pushSettingsOf(env),
      catalogue: catalogueSettingsOf(env),
    },
  }));

export const inventoryEnvSchema = z.intersection(platformEnvSchema, inventoryOnly);

export type InventoryConfig = z.output<typeof inventoryEnvSchema>;
export type InventorySettings = InventoryConfig['inventory'];
export type VendorConnections = InventorySettings['vendors'];

export const loadInventoryConfig = () => loadConfig(inventoryEnvSchema, process.env);
