/** The stack's connection settings, as tools/bin/bench exported them from .stack/stack.env. */
export interface BenchEnv {
  readonly brokers: readonly string[];
  readonly registryUrl: string;
  /** The least-privilege role every service runs as. */
  readonly databaseUrl: string;
  /** The role migrations run as. */
  readonly databaseOwnerUrl: string;
}

const KEYS = [
  'KAFKA_BROKERS',
  'SCHEMA_REGISTRY_URL',
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
] as const;

export function loadBenchEnv(env: NodeJS.ProcessEnv = process.env): BenchEnv {
  const missing = KEYS.filter((key) => !env[key]);
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} not set: run benchmarks through \`npm run bench\``);
  }
  const get = (key: (typeof KEYS)[number]) => env[key] as string;
  return Object.freeze({
    brokers: get('KAFKA_BROKERS').split(','),
    registryUrl: get('SCHEMA_REGISTRY_URL'),
    databaseUrl: get('DATABASE_URL'),
    databaseOwnerUrl: get('DATABASE_OWNER_URL'),
  });
}
