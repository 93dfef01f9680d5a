import { join } from 'node:path';
import { HOST, type StackConfig } from './config';
import type { PostgresComponent } from './components/postgres';
import { CCOMPAT_PATH } from './components/registry';
import { stateDir, writeFileAtomic } from './state';

/** What Parity's services, tests and demo need to reach the stack. */
export interface StackEnv {
  readonly KAFKA_BROKERS: string;
  /** The full Confluent-compatible base URL, to hand as is to @kafkajs/confluent-schema-registry's `host`. */
  readonly SCHEMA_REGISTRY_URL: string;
  /** The least-privilege app role: read/write rows, no DDL. */
  readonly DATABASE_URL: string;
  /** The owner role, for migrations. */
  readonly DATABASE_OWNER_URL: string;
  /** OTLP over HTTP; exporters append /v1/traces themselves. */
  readonly OTEL_EXPORTER_OTLP_ENDPOINT: string;
  readonly JAEGER_QUERY_URL: string;
}

export function computeEnv(config: StackConfig, postgres: PostgresComponent): StackEnv {
  const { ports } = config;
  const database = postgres.urls();
  return {
    KAFKA_BROKERS: `${HOST}:${ports.kafka.port}`,
    SCHEMA_REGISTRY_URL: `http://${HOST}:${ports.registry.port}${CCOMPAT_PATH}`,
    DATABASE_URL: database.app,
    DATABASE_OWNER_URL: database.owner,
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://${HOST}:${ports.otlpHttp.port}`,
    JAEGER_QUERY_URL: `http://${HOST}:${ports.jaegerQuery.port}`,
  };
}

/**
 * <state>/stack.env: KEY=VALUE lines, 0600 because the URLs carry passwords. Read both by dotenv-style loaders
 * and by `set -a; . .stack/stack.env` (tools/bin/lib.sh), so a value with shell metacharacters (an external
 * DATABASE_URL with `&` in its query, say) is single-quoted, which both understand.
 */
export function writeEnvFile(config: StackConfig, env: StackEnv): string {
  const file = join(stateDir(config), 'stack.env');
  const line = ([key, value]: [string, string]): string =>
    `${key}=${/^[\w@%+=:,./?-]*$/.test(value) ? value : shellQuote(value)}`;
  writeFileAtomic(file, Object.entries(env).map(line).join('\n') + '\n');
  return file;
}

/** `export KEY='value'` lines for `eval "$(npm run -s stack -- env)"`. */
export function shellExports(env: StackEnv): string {
  return (
    Object.entries(env)
      .map(([key, value]) => `export ${key}=${shellQuote(value)}`)
      .join('\n') + '\n'
  );
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
