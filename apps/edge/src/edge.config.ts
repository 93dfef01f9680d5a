import {
  VENDOR_CONNECTION_KEYS,
  vendorConnectionEnv,
  vendorConnectionsOf,
} from '@parity/connectors';
import {
  jsonSetting,
  loadConfig,
  platformEnvSchema,
  positiveMs,
  requireTogether,
} from '@parity/config';
import { z } from 'zod';

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
 * Vendors are enabled by configuring them (see requireTogether): the API connections every
 * service configures alike, plus what only edge has, the webhook secrets and poll cadences.
 * Edge calls no Peoplevox or Clarus API (they call edge), so of their connections it takes
 * only CLARUS_SUBDOMAIN, the account its Clarus webhooks must name.
 */
const VENDOR_KEYS = {
  prima: VENDOR_CONNECTION_KEYS.prima,
  lightspeed: VENDOR_CONNECTION_KEYS.lightspeed,
  peoplevox: ['PEOPLEVOX_CALLBACK_SECRET'],
  clarus: ['CLARUS_WEBHOOK_SECRET', 'CLARUS_SUBDOMAIN', 'CLARUS_AUTOMATION_IDS'],
  sitoo: [
    'SITOO_EVENTS_SECRET',
    'SITOO_EVENTS_USER',
    'SITOO_EVENTS_PASSWORD',
    ...VENDOR_CONNECTION_KEYS.sitoo,
  ],
} as const;

const vendorEnv = z
  .object({
    ...vendorConnectionEnv,

    PRIMA_POLL_INTERVAL_MS: positiveMs.default(15_000),
    /**
     * The store depots whose stock Prima owns and whose tills get Prima's available-to-sell:
     * edge reads their rows of Prima's stock change feed (erp.stock-levels.v1).
     */
    PRIMA_STOCK_DEPOTS: commaList.default([]),
    PRIMA_STOCK_POLL_INTERVAL_MS: positiveMs.default(5_000),

    PEOPLEVOX_CALLBACK_SECRET: urlSecret.optional(),
    PEOPLEVOX_ALLOWED_IPS: commaList.optional(),

    LIGHTSPEED_CURRENCY: z.string().length(3).default('GBP'),
    /** Prima tax code per Lightspeed taxClassID: {"1": "S", "2": "Z"}. */
    LIGHTSPEED_TAX_CODES: jsonRecord,
    LIGHTSPEED_POLL_INTERVAL_MS: positiveMs.default(30_000),
    LIGHTSPEED_OVERLAP_MS: positiveMs.default(120_000),

    CLARUS_WEBHOOK_SECRET: urlSecret.optional(),
    CLARUS_AUTOMATION_IDS: commaList.optional(),
    CLARUS_ALLOWED_IPS: commaList.optional(),

    SITOO_EVENTS_SECRET: urlSecret.optional(),
    SITOO_EVENTS_USER: z.string().min(1).optional(),
    SITOO_EVENTS_PASSWORD: z.string().min(8).optional(),
    SITOO_ALLOWED_IPS: commaList.optional(),
    SITOO_TIME_ZONE: z.string().default('Europe/London'),
    /** Prima tax code per VAT rate in basis points: {"2000": "S", "0": "Z"}. */
    SITOO_TAX_CODES: jsonRecord,
    SITOO_POLL_INTERVAL_MS: positiveMs.default(30_000),
  })
  .superRefine(requireTogether(VENDOR_KEYS))
  .transform((env) => {
    const connections = vendorConnectionsOf(env);
    return {
      vendors: {
        prima: connections.prima
          ? {
              api: connections.prima,
              pollIntervalMs: env.PRIMA_POLL_INTERVAL_MS,
              stockDepots: env.PRIMA_STOCK_DEPOTS,
              stockPollIntervalMs: env.PRIMA_STOCK_POLL_INTERVAL_MS,
            }
          : undefined,
        peoplevox: env.PEOPLEVOX_CALLBACK_SECRET
          ? { callbackSecret: env.PEOPLEVOX_CALLBACK_SECRET, allowedIps: env.PEOPLEVOX_ALLOWED_IPS }
          : undefined,
        lightspeed: connections.lightspeed
          ? {
              ...connections.lightspeed,
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
        sitoo:
          env.SITOO_EVENTS_SECRET && connections.sitoo
            ? {
                eventsSecret: env.SITOO_EVENTS_SECRET,
                eventsUser: env.SITOO_EVENTS_USER as string,
                eventsPassword: env.SITOO_EVENTS_PASSWORD as string,
                allowedIps: env.SITOO_ALLOWED_IPS,
                api: connections.sitoo,
                accountTimeZone: env.SITOO_TIME_ZONE,
                taxCodes: env.SITOO_TAX_CODES,
                pollIntervalMs: env.SITOO_POLL_INTERVAL_MS,
              }
            : undefined,
      },
    };
  });

const edgeOnly = z
  .object({
    EDGE_BODY_LIMIT: z.string().default('5mb'),
  })
  .transform((env) => ({
    edge: { bodyLimit: env.EDGE_BODY_LIMIT },
  }));

export const edgeEnvSchema = z.intersection(z.intersection(platformEnvSchema, edgeOnly), vendorEnv);

export type EdgeConfig = z.output<typeof edgeEnvSchema>;
export type ClarusSettings = NonNullable<EdgeConfig['vendors']['clarus']>;
export type PrimaSettings = NonNullable<EdgeConfig['vendors']['prima']>;
export type LightspeedSettings = NonNullable<EdgeConfig['vendors']['lightspeed']>;
export type SitooSettings = NonNullable<EdgeConfig['vendors']['sitoo']>;

export const loadEdgeConfig = () => loadConfig(edgeEnvSchema, process.env);
