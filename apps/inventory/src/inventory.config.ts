import {
  VENDOR_CONNECTION_KEYS,
  vendorConnectionEnv,
  vendorConnectionsOf,
} from '@parity/connectors';
import { loadConfig, platformEnvSchema, positiveMs, requireTogether } from '@parity/config';
import { z } from 'zod';
import { depotsSchema } from './depots/depot-settings';
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
    INVENTORY_DEPOTS: depotsSchema,
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
     * movement). Needs the API connection of every WMS that owns a depot, and is the default
     * when they are all configured; `false` trusts the movements from zero.
     */
    INVENTORY_BASELINE_FROM_OWNER: z.enum(['true', 'false']).optional(),
  })
  .extend(pushEnv.shape)
  .superRefine(requireTogether(VENDOR_CONNECTION_KEYS))
  .superRefine(requirePushConnections)
  .superRefine(requireWmsLocations)
  .superRefine((env, ctx) => {
    if (env.INVENTORY_BASELINE_FROM_OWNER === 'true' && !everyWmsConnected(env)) {
      ctx.addIssue({
        code: 'custom',
        path: ['INVENTORY_BASELINE_FROM_OWNER'],
        message: 'needs the API connection of every WMS that owns a depot',
      });
    }
  })
  .transform((env) => ({
    inventory: {
      depots: env.INVENTORY_DEPOTS,
      vendors: vendorConnectionsOf(env),
      safetyBufferUnits: env.INVENTORY_SAFETY_BUFFER,
      snapshotIntervalMs: env.INVENTORY_SNAPSHOT_INTERVAL_MS,
      baselineFromOwner: env.INVENTORY_BASELINE_FROM_OWNER
        ? env.INVENTORY_BASELINE_FROM_OWNER === 'true'
        : everyWmsConnected(env),
      push: pushSettingsOf(env),
    },
  }));

interface DepotsAndConnections {
  readonly INVENTORY_DEPOTS: z.output<typeof depotsSchema>;
  readonly PRIMA_API_URL?: string;
  readonly SITOO_API_URL?: string;
  readonly LIGHTSPEED_API_URL?: string;
  readonly PEOPLEVOX_API_URL?: string;
  readonly CLARUS_API_URL?: string;
}

/** Whether every WMS owning a depot can be asked for its stock (and some WMS owns one). */
function everyWmsConnected(env: DepotsAndConnections): boolean {
  const owners = new Set(Object.values(env.INVENTORY_DEPOTS).map((d) => d.owner));
  owners.delete('PRIMA');
  const connected = {
    PEOPLEVOX: env.PEOPLEVOX_API_URL !== undefined,
    CLARUS: env.CLARUS_API_URL !== undefined,
  };
  return (
    owners.size > 0 && [...owners].every((owner) => connected[owner as keyof typeof connected])
  );
}

/** A depot's pushes need the connection of every vendor they go to. */
function requirePushConnections(env: DepotsAndConnections, ctx: z.RefinementCtx): void {
  const depots = Object.values(env.INVENTORY_DEPOTS);
  const needs = {
    PRIMA_API_URL: depots.some((d) => d.push?.prima || d.push?.sitoo || d.push?.lightspeed),
    SITOO_API_URL: depots.some((d) => d.push?.sitoo),
    LIGHTSPEED_API_URL: depots.some((d) => d.push?.lightspeed),
  } as const;
  for (const [key, needed] of Object.entries(needs)) {
    if (needed && env[key as keyof typeof needs] === undefined) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'required by INVENTORY_DEPOTS pushes' });
    }
  }
}

/**
 * Once a WMS's connection is configured, each depot it owns names its location there: that is
 * where the snapshot reader asks for the depot's stock.
 */
function requireWmsLocations(env: DepotsAndConnections, ctx: z.RefinementCtx): void {
  const connected = {
    PEOPLEVOX: env.PEOPLEVOX_API_URL !== undefined,
    CLARUS: env.CLARUS_API_URL !== undefined,
  };
  for (const [code, depot] of Object.entries(env.INVENTORY_DEPOTS)) {
    if (depot.owner !== 'PRIMA' && connected[depot.owner] && depot.location === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['INVENTORY_DEPOTS', code, 'location'],
        message: `required to read the depot's stock from ${depot.owner}`,
      });
    }
  }
}

export const inventoryEnvSchema = z.intersection(platformEnvSchema, inventoryOnly);

export type InventoryConfig = z.output<typeof inventoryEnvSchema>;
export type InventorySettings = InventoryConfig['inventory'];
export type VendorConnections = InventorySettings['vendors'];

export const loadInventoryConfig = () => loadConfig(inventoryEnvSchema, process.env);
