import { loadConfig, platformEnvSchema } from '@parity/config';

/** The edge service's settings; the only place it reads process.env. */
export const edgeEnvSchema = platformEnvSchema;

export const loadEdgeConfig = () => loadConfig(edgeEnvSchema, process.env);
