import { httpUrl, jsonSetting, loadConfig, platformEnvSchema, positiveMs } from '@parity/config';
import { z } from 'zod';
import { locationsSchema } from './ingest/configured-locations';

const commaList = z.string().transform((raw) =>
  raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
);

const jsonRecord = jsonSetting(z.record(z.string(), z.string()));

/** Secrets Parity puts in callback URLs: long enough not to be guessed, URL-safe. */
const urlSecret = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,}$/, 'expected at least 16 URL-safe characters');

/**
 * A vendor is enabled by configuring it. Its required keys go together: set none and the vendor
 * is off (its routes answer 404, no poller runs); set some and every one must be there, or the
 * service refuses to start naming the missing ones.
 */
const VENDOR_KEYS = {
  prima: ['PRIMA_API_URL', 'PRIMA_CLIENT_ID', 'PRIMA_CLIENT_SECRET', 'PRIMA_COMPANY_ID'],
  peoplevox: ['PEOPLEVOX_CALLBACK_SECRET'],
  lightspeed: [
    'LIGHTSPEED_API_URL',
    'LIGHTSPEED_TOKEN_URL',
    'LIGHTSPEED_ACCOUNT_ID',
    'LIGHTSPEED_CLIENT_ID',
    'LIGHTSPEED_CLIENT_SECRET',
    'LIGHTSPEED_REFRESH_TOKEN',
  ],
  clarus: ['CLARUS_WEBHOOK_SECRET', 'CLARUS_SUBDOMAIN', 'CLARUS_AUTOMATION_IDS'],
  sitoo: [
    'SITOO_EVENTS_SECRET',
    'SITOO_EVENTS_USER',
    'SITOO_EVENTS_PASSWORD',
    'SITOO_API_URL',
    'SITOO_ACCOUNT_ID',
    'SITOO_SITE_ID',
    'SITOO_API_ID',
    'SITOO_API_PASSWORD',
  ],
} as const;

const vendorEnv = z
  .object({
    PRIMA_API_URL: httpUrl.optional(),
    PRIMA_CLIENT_ID: z.string().min(1).optional(),
    PRIMA_CLIENT_SECRET: z.string().min(1).optional(),
    PRIMA_COMPANY_ID: z.string().min(1).optional(),
    PRIMA_POLL_INTERVAL_MS: positiveMs.default(15_000),

    PEOPLEVOX_CALLBACK_SECRET: urlSecret.optional(),
    PEOPLEVOX_ALLOWED_IPS: commaList.optional(),

    LIGHTSPEED_API_URL: httpUrl.optional(),
    LIGHTSPEED_TOKEN_URL: httpUrl.optional(),
    LIGHTSPEED_ACCOUNT_ID: z.string().min(1).optional(),
    LIGHTSPEED_CLIENT_ID: z.string().min(1).optional(),
    LIGHTSPEED_CLIENT_SECRET: z.string().min(1).optional(),
    /** The refresh token from authorising Parity; rotated ones are kept in edge.vendor_tokens. */
    LIGHTSPEED_REFRESH_TOKEN: z.string().min(1).optional(),
    LIGHTSPEED_REGISTERS: z.coerce.number().int().positive().default(1),
    LIGHTSPEED_CURRENCY: z.string().length(3).default('GBP'),
    /** Prima tax code per Lightspeed taxClassID: {"1": "S", "2": "Z"}. */
    LIGHTSPEED_TAX_CODES: jsonRecord,
    LIGHTSPEED_POLL_INTERVAL_MS: positiveMs.default(30_000),
    LIGHTSPEED_OVERLAP_MS: positiveMs.default(120_000),

    CLARUS_WEBHOOK_SECRET: urlSecret.optional(),
    CLARUS_SUBDOMAIN: z.string().min(1).optional(),
    CLARUS_AUTOMATION_IDS: commaList.optional(),
    CLARUS_ALLOWED_IPS: commaList.optional(),

    SITOO_EVENTS_SECRET: urlSecret.optional(),
    SITOO_EVENTS_USER: z.string().min(1).optional(),
    SITOO_EVENTS_PASSWORD: z.string().min(8).optional(),
    SITOO_ALLOWED_IPS: commaList.optional(),
    SITOO_API_URL: httpUrl.optional(),
    SITOO_ACCOUNT_ID: z.string().min(1).optional(),
    SITOO_SITE_ID: z.coerce.number().int().positive().optional(),
    SITOO_API_ID: z.string().min(1).optional(),
    SITOO_API_PASSWORD: z.string().min(1).optional(),
    SITOO_TIME_ZONE: z.string().default('Europe/London'),
    /** Prima tax code per VAT rate in basis points: {"2000": "S", "0": "Z"}. */
    SITOO_TAX_CODES: jsonRecord,
    SITOO_POLL_INTERVAL_MS: positiveMs.default(30_000),
  })
  .superRefine((env, ctx) => {
    const values = env as Record<string, unknown>;
    for (const keys of Object.values(VENDOR_KEYS)) {
      const given = keys.filter((key) => values[key] !== undefined);
      if (given.length === 0) continue;
      for (const key of keys.filter((k) => values[k] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `required with ${given[0]}` });
      }
    }
  })
  .transform((env) => ({
    vendors: {
      prima: env.PRIMA_API_URL
        ? {
            api: {
              baseUrl: env.PRIMA_API_URL,
              clientId: env.PRIMA_CLIENT_ID as string,
              clientSecret: env.PRIMA_CLIENT_SECRET as string,
              companyId: env.PRIMA_COMPANY_ID as string,
            },
            pollIntervalMs: env.PRIMA_POLL_INTERVAL_MS,
          }
        : undefined,
      peoplevox: env.PEOPLEVOX_CALLBACK_SECRET
        ? { callbackSecret: env.PEOPLEVOX_CALLBACK_SECRET, allowedIps: env.PEOPLEVOX_ALLOWED_IPS }
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
            currency: env.LIGHTSPEED_CURRENCY,
            taxCodes: env.LIGHTSPEED_TAX_CODES,
            pollIntervalMs: env.LIGHTSPEED_POLL_INTERVAL_MS,
            overlapMs: env.LIGHTSPEED_OVERLAP_MS,
          }
        : undefined,
      clarus: env.CLARUS_WEBHOOK_SECRET
        ? {
            webhookSecret: env.CLARUS_WEBHOOK_SECRET,
            subdomain: env.CLARUS_SUBDOMAIN as string,
            automationIds: env.CLARUS_AUTOMATION_IDS as string[],
            allowedIps: env.CLARUS_ALLOWED_IPS,
          }
        : undefined,
      sitoo: env.SITOO_EVENTS_SECRET
        ? {
            eventsSecret: env.SITOO_EVENTS_SECRET,
            eventsUser: env.SITOO_EVENTS_USER as string,
            eventsPassword: env.SITOO_EVENTS_PASSWORD as string,
            allowedIps: env.SITOO_ALLOWED_IPS,
            api: {
              baseUrl: env.SITOO_API_URL as string,
              accountId: env.SITOO_ACCOUNT_ID as string,
              siteId: env.SITOO_SITE_ID as number,
              apiId: env.SITOO_API_ID as string,
              password: env.SITOO_API_PASSWORD as string,
            },
            accountTimeZone: env.SITOO_TIME_ZONE,
            taxCodes: env.SITOO_TAX_CODES,
            pollIntervalMs: env.SITOO_POLL_INTERVAL_MS,
          }
        : undefined,
    },
  }));

const edgeOnly = z
  .object({
    EDGE_LOCATIONS: locationsSchema,
    EDGE_BODY_LIMIT: z.string().default('5mb'),
  })
  .transform((env) => ({
    edge: { locations: env.EDGE_LOCATIONS, bodyLimit: env.EDGE_BODY_LIMIT },
  }));

export const edgeEnvSchema = z.intersection(z.intersection(platformEnvSchema, edgeOnly), vendorEnv);

export type EdgeConfig = z.output<typeof edgeEnvSchema>;
export type ClarusSettings = NonNullable<EdgeConfig['vendors']['clarus']>;
export type PrimaSettings = NonNullable<EdgeConfig['vendors']['prima']>;
export type LightspeedSettings = NonNullable<EdgeConfig['vendors']['lightspeed']>;
export type SitooSettings = NonNullable<EdgeConfig['vendors']['sitoo']>;

export const loadEdgeConfig = () => loadConfig(edgeEnvSchema, process.env);
