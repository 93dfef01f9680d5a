import { loadConfig, platformEnvSchema } from '@parity/config';
import { z } from 'zod';
import { locationsSchema } from './ingest/configured-locations';

/**
 * Edge's own settings. Vendors are enabled by configuring them: their secrets and endpoints
 * are read by each vendor's module (apps/edge/src/vendors/<vendor>/<vendor>.config.ts).
 */
const edgeOnly = z
  .object({
    EDGE_LOCATIONS: locationsSchema,
    EDGE_BODY_LIMIT: z.string().default('5mb'),
  })
  .transform((env) => ({
    edge: { locations: env.EDGE_LOCATIONS, bodyLimit: env.EDGE_BODY_LIMIT },
  }));

export const edgeEnvSchema = z.intersection(platformEnvSchema, edgeOnly);

export type EdgeConfig = z.output<typeof edgeEnvSchema>;

export const loadEdgeConfig = () => loadConfig(edgeEnvSchema, process.env);
