import { join } from 'node:path';
import { stackEnv } from './stack-env';

export const workspaceRoot = join(__dirname, '..', '..');
export const testLogDir = join(workspaceRoot, '.stack', 'logs', 'test');

/** The stack connection settings a service needs, taken from the test environment. */
export function serviceEnv(): Record<string, string> {
  const keys = [
    'KAFKA_BROKERS',
    'SCHEMA_REGISTRY_URL',
    'DATABASE_URL',
    'OTEL_EXPORTER_OTLP_ENDPOINT',
  ];
  return Object.fromEntries(keys.map((key) => [key, stackEnv(key)]));
}
