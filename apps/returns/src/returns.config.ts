import { loadConfig, platformEnvSchema } from '@parity/config';

/** The returns service's settings; the only place it reads process.env. */
export const returnsEnvSchema = platformEnvSchema;

export const loadReturnsConfig = () => loadConfig(returnsEnvSchema, process.env);
