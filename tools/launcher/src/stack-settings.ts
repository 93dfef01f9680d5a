/** The stack connection settings every service needs, as `stack up` writes them to .stack/stack.env. */
export const SERVICE_STACK_SETTINGS = [
  'KAFKA_BROKERS',
  'SCHEMA_REGISTRY_URL',
  'DATABASE_URL',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
] as const;

/**
 * Picks those settings out of an environment; a missing one is reported with `hint` (how to
 * start the caller so that the stack's settings are loaded).
 */
export function serviceStackSettings(env: NodeJS.ProcessEnv, hint: string): Record<string, string> {
  const missing = SERVICE_STACK_SETTINGS.filter((key) => !env[key]);
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not set: ${hint}`);
  return Object.fromEntries(SERVICE_STACK_SETTINGS.map((key) => [key, env[key] as string]));
}
