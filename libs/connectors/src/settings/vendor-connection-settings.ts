import { httpUrl } from '@parity/config';
import { z } from 'zod';

/**
 * The environment keys of a connection to each vendor's API, the same in every service that
 * calls the vendor (edge polls through them, inventory pushes and re-reads stock through them,
 * reconciliation sweeps through them), so an operator configures a vendor one way everywhere.
 * Services add their own keys beside these.
 */
export const vendorConnectionEnv = {
  PRIMA_API_URL: httpUrl.optional(),
  PRIMA_CLIENT_ID: z.string().min(1).optional(),
  PRIMA_CLIENT_SECRET: z.string().min(1).optional(),
  PRIMA_COMPANY_ID: z.string().min(1).optional(),

  /** The account's WMS address, e.g. `https://eu.peoplevox.net/ACME`. */
  PEOPLEVOX_API_URL: httpUrl.optional(),
  PEOPLEVOX_CLIENT_ID: z.string().min(1).optional(),
  PEOPLEVOX_USERNAME: z.string().min(1).optional(),
  PEOPLEVOX_PASSWORD: z.string().min(1).optional(),

  CLARUS_API_URL: httpUrl.optional(),
  CLARUS_CLIENT_ID: z.string().min(1).optional(),
  CLARUS_CLIENT_SECRET: z.string().min(1).optional(),
  /** A dedicated API user: a UI login with the same user ends the integration's session. */
  CLARUS_API_USER: z.string().min(1).optional(),
  CLARUS_API_PASSWORD: z.string().min(1).optional(),
  /**
   * The Clarus account: sent with every API call, and what edge checks Clarus's webhooks
   * against, so it is one key wherever it is used.
   */
  CLARUS_SUBDOMAIN: z.string().min(1).optional(),

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
  /**
   * The refresh token from authorising the service's own OAuth client; the rotated ones are kept
   * in the service's vendor_tokens table (only one component may refresh a client's pair).
   */
  LIGHTSPEED_REFRESH_TOKEN: z.string().min(1).optional(),
  LIGHTSPEED_REGISTERS: z.coerce.number().int().positive().default(1),
};

/** The keys that enable each vendor's connection together (see requireTogether in @parity/config). */
export const VENDOR_CONNECTION_KEYS = {
  prima: ['PRIMA_API_URL', 'PRIMA_CLIENT_ID', 'PRIMA_CLIENT_SECRET', 'PRIMA_COMPANY_ID'],
  peoplevox: [
    'PEOPLEVOX_API_URL',
    'PEOPLEVOX_CLIENT_ID',
    'PEOPLEVOX_USERNAME',
    'PEOPLEVOX_PASSWORD',
  ],
  clarus: [
    'CLARUS_API_URL',
    'CLARUS_CLIENT_ID',
    'CLARUS_CLIENT_SECRET',
    'CLARUS_API_USER',
    'CLARUS_API_PASSWORD',
    'CLARUS_SUBDOMAIN',
  ],
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

type ConnectionEnv = z.output<z.ZodObject<typeof vendorConnectionEnv>>;

/** The connection options of each configured vendor, after `requireTogether` has checked them. */
export function vendorConnectionsOf(env: ConnectionEnv) {
  return {
    prima: env.PRIMA_API_URL
      ? {
          baseUrl: env.PRIMA_API_URL,
          clientId: env.PRIMA_CLIENT_ID as string,
          clientSecret: env.PRIMA_CLIENT_SECRET as string,
          companyId: env.PRIMA_COMPANY_ID as string,
        }
      : undefined,
    peoplevox: env.PEOPLEVOX_API_URL
      ? {
          baseUrl: env.PEOPLEVOX_API_URL,
          clientId: env.PEOPLEVOX_CLIENT_ID as string,
          username: env.PEOPLEVOX_USERNAME as string,
          password: env.PEOPLEVOX_PASSWORD as string,
        }
      : undefined,
    clarus: env.CLARUS_API_URL
      ? {
          baseUrl: env.CLARUS_API_URL,
          clientId: env.CLARUS_CLIENT_ID as string,
          clientSecret: env.CLARUS_CLIENT_SECRET as string,
          username: env.CLARUS_API_USER as string,
          password: env.CLARUS_API_PASSWORD as string,
          subdomain: env.CLARUS_SUBDOMAIN as string,
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
  };
}

/** The configured connections of a service, one optional entry per vendor. */
export type VendorConnections = ReturnType<typeof vendorConnectionsOf>;
