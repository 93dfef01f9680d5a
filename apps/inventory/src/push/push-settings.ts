import { httpUrl, positiveMs } from '@parity/config';
import { z } from 'zod';

const units = z.coerce.number({ error: 'expected a whole number' }).int().min(0);

/**
 * The vendors inventory pushes to, with edge's keys (apps/edge/src/edge.config.ts). A vendor
 * is enabled by configuring it: set none of its keys and it is off; set some and every one
 * must be there. Lightspeed's client is inventory's own OAuth client, not edge's: Lightspeed
 * rotates both tokens on every refresh, and only one component may refresh a client's pair,
 * so inventory owns the rotation of its push token (kept in inventory.vendor_tokens).
 */
export const PUSH_VENDOR_KEYS = {
  prima: ['PRIMA_API_URL', 'PRIMA_CLIENT_ID', 'PRIMA_CLIENT_SECRET', 'PRIMA_COMPANY_ID'],
  sitoo: [
    'SITOO_API_URL',
    'SITOO_ACCOUNT_ID',
    'SITOO_SITE_ID',
    'SITOO_API_ID',
    'SITOO_API_PASSWORD',
  ],
  lightspeed: [
    'LIGHTSPEED_API_URL',
    'LIGHTSPEED_TOKEN_URL',
    'LIGHTSPEED_ACCOUNT_ID',
    'LIGHTSPEED_CLIENT_ID',
    'LIGHTSPEED_CLIENT_SECRET',
    'LIGHTSPEED_REFRESH_TOKEN',
  ],
} as const;

export const pushEnv = z.object({
  PRIMA_API_URL: httpUrl.optional(),
  PRIMA_CLIENT_ID: z.string().min(1).optional(),
  PRIMA_CLIENT_SECRET: z.string().min(1).optional(),
  PRIMA_COMPANY_ID: z.string().min(1).optional(),

  SITOO_API_URL: httpUrl.optional(),
  SITOO_ACCOUNT_ID: z.string().min(1).optional(),
  SITOO_SITE_ID: z.coerce.number().int().positive().optional(),
  SITOO_API_ID: z.string().min(1).optional(),
  SITOO_API_PASSWORD: z.string().min(1).optional(),

  LIGHTSPEED_API_URL: httpUrl.optional(),
  LIGHTSPEED_TOKEN_URL: httpUrl.optional(),
  LIGHTSPEED_ACCOUNT_ID: z.string().min(1).optional(),
  LIGHTSPEED_CLIENT_ID: z.string().min(1).optional(),
  LIGHTSPEED_CLIENT_SECRET: z.string().min(1).optional(),
  /** The refresh token from authorising inventory's client; rotated ones live in inventory.vendor_tokens. */
  LIGHTSPEED_REFRESH_TOKEN: z.string().min(1).optional(),
  LIGHTSPEED_REGISTERS: z.coerce.number().int().positive().default(1),

  /** A SKU × depot at or below this available-to-sell is hot: pushed within seconds. */
  INVENTORY_PUSH_LOW_STOCK_UNITS: units.default(5),
  /** …and so is one with at least this many movements within INVENTORY_PUSH_VELOCITY_WINDOW_MS. */
  INVENTORY_PUSH_HOT_MOVEMENTS: units.min(1).default(10),
  INVENTORY_PUSH_VELOCITY_WINDOW_MS: positiveMs.default(5 * 60_000),
  /** Everything else waits for the sweep, which pushes every pending change once per interval. */
  INVENTORY_PUSH_SWEEP_INTERVAL_MS: positiveMs.default(5 * 60_000),
  /** How often an idle push worker looks for due pushes: the floor of a hot push's delay. */
  INVENTORY_PUSH_POLL_MS: positiveMs.default(50),
  /** How often store depots' available-to-sell is read from Prima's stock change feed. */
  INVENTORY_PRIMA_STOCK_POLL_MS: positiveMs.default(5_000),
  /** Source event → target ack beyond this (once a push is due) raises SYNC_LAG_EXCEEDED. */
  INVENTORY_SYNC_LAG_THRESHOLD_MS: positiveMs.default(60_000),
  /** At most one SYNC_LAG_EXCEEDED per SKU × depot × target within this window. */
  INVENTORY_SYNC_LAG_ALERT_WINDOW_MS: positiveMs.default(60 * 60_000),
});

type PushEnv = z.output<typeof pushEnv>;

/** Reports the keys missing from a vendor that is partly configured. */
export function checkVendorKeys(env: PushEnv, ctx: z.RefinementCtx): void {
  const values = env as Record<string, unknown>;
  for (const keys of Object.values(PUSH_VENDOR_KEYS)) {
    const given = keys.filter((key) => values[key] !== undefined);
    if (given.length === 0) continue;
    for (const key of keys.filter((k) => values[k] === undefined)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `required with ${given[0]}` });
    }
  }
}

export function pushSettingsOf(env: PushEnv) {
  return {
    vendors: {
      prima: env.PRIMA_API_URL
        ? {
            baseUrl: env.PRIMA_API_URL,
            clientId: env.PRIMA_CLIENT_ID as string,
            clientSecret: env.PRIMA_CLIENT_SECRET as string,
            companyId: env.PRIMA_COMPANY_ID as string,
          }
        : undefined,
      sitoo: env.SITOO_API_URL
        ? {
            baseUrl: env.SITOO_API_URL,
            accountId: env.SITOO_ACCOUNT_ID as string,
            siteId: env.SITOO_SITE_ID as number,
            apiId: env.SITOO_API_ID as string,
            password: env.SITOO_API_PASSWORD as string,
          }
        : undefined,
      lightspeed: env.LIGHTSPEED_API_URL
        ? {
            apiUrl: env.LIGHTSPEED_API_URL,
            tokenUrl: env.LIGHTSPEED_TOKEN_URL as string,
            accountId: env.LIGHTSPEED_ACCOUNT_ID as string,
            clientId: env.LIGHTSPEED_CLIENT_ID as string,
            clientSecret: env.LIGHTSPEED_CLIENT_SECRET as string,
            refreshToken: env.LIGHTSPEED_REFRESH_TOKEN as string,
            registers: env.LIGHTSPEED_REGISTERS,
          }
        : undefined,
    },
    cadence: {
      lowStockUnits: env.INVENTORY_PUSH_LOW_STOCK_UNITS,
      hotMovements: env.INVENTORY_PUSH_HOT_MOVEMENTS,
      velocityWindowMs: env.INVENTORY_PUSH_VELOCITY_WINDOW_MS,
      sweepIntervalMs: env.INVENTORY_PUSH_SWEEP_INTERVAL_MS,
      pollMs: env.INVENTORY_PUSH_POLL_MS,
    },
    primaStockPollMs: env.INVENTORY_PRIMA_STOCK_POLL_MS,
    syncLag: {
      thresholdMs: env.INVENTORY_SYNC_LAG_THRESHOLD_MS,
      alertWindowMs: env.INVENTORY_SYNC_LAG_ALERT_WINDOW_MS,
    },
  };
}

export type PushSettings = ReturnType<typeof pushSettingsOf>;
export type PushVendors = PushSettings['vendors'];
export type CadenceSettings = PushSettings['cadence'];
