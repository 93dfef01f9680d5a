import { loadConfig, platformEnvSchema } from '@parity/config';

/** The orders service's settings; the only place it reads process.env. */
export const ordersEnvSchema = platformEnvSchema;

export const loadOrdersConfig = () => loadConfig(ordersEnvSchema, process.env);
