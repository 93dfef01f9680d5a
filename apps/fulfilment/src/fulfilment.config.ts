import { loadConfig, platformEnvSchema } from '@parity/config';

/** The fulfilment service's settings; the only place it reads process.env. */
export const fulfilmentEnvSchema = platformEnvSchema;

export const loadFulfilmentConfig = () => loadConfig(fulfilmentEnvSchema, process.env);
