import { loadConfig, platformEnvSchema } from '@parity/config';

/** The inventory service's settings; the only place it reads process.env. */
export const inventoryEnvSchema = platformEnvSchema;

export const loadInventoryConfig = () => loadConfig(inventoryEnvSchema, process.env);
