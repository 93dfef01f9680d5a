import { loadConfig, platformEnvSchema } from '@parity/config';

/** The reconciliation service's settings; the only place it reads process.env. */
export const reconciliationEnvSchema = platformEnvSchema;

export const loadReconciliationConfig = () => loadConfig(reconciliationEnvSchema, process.env);
