import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { StackError } from './errors';

/** Every listener binds here; the stack is for one developer machine and must never be reachable from outside it. */
export const HOST = '127.0.0.1';

export const COMPONENT_NAMES = ['postgres', 'kafka', 'jaeger', 'registry'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

export interface Port {
  /** The environment variable that overrides it, so error messages can say what to change. */
  readonly envVar: string;
  readonly port: number;
}

export interface StackConfig {
  readonly repoRoot: string;
  /** Data dirs, logs, pid files, generated configs and passwords. Lives in the clone (gitignored). */
  readonly stateDir: string;
  /** Downloads and builds, shared by every clone on the machine. */
  readonly cacheDir: string;
  readonly ports: {
    readonly kafka: Port;
    readonly kafkaController: Port;
    readonly registry: Port;
    readonly registryManagement: Port;
    readonly postgres: Port;
    readonly otlpGrpc: Port;
    readonly otlpHttp: Port;
    readonly jaegerQuery: Port;
    readonly jaegerQueryGrpc: Port;
    readonly jaegerHealth: Port;
  };
  /** How long `up` waits for each component to turn healthy, in ms; null = the component's own default. */
  readonly upTimeoutMs: number | null;
  /** How long `down` waits after SIGTERM before it sends SIGKILL, in ms. */
  readonly stopTimeoutMs: number;
  readonly env: NodeJS.ProcessEnv;
}

/** tools/stack/src → repository root; works for tsx and for in-process callers alike. */
const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const port = (envVar: string, fallback: number): Port => ({
    envVar,
    port: intFromEnv(env, envVar, fallback, 1, 65535),
  });
  const seconds = (envVar: string): number | null =>
    env[envVar] === undefined || env[envVar] === ''
      ? null
      : intFromEnv(env, envVar, 0, 1, 3600) * 1000;
  const xdgCache = nonEmpty(env.XDG_CACHE_HOME) ?? join(homedir(), '.cache');
  return {
    repoRoot: REPO_ROOT,
    stateDir: resolve(nonEmpty(env.PARITY_STATE_DIR) ?? join(REPO_ROOT, '.stack')),
    cacheDir: resolve(nonEmpty(env.PARITY_CACHE_DIR) ?? join(xdgCache, 'parity')),
    ports: {
      kafka: port('KAFKA_PORT', 9092),
      kafkaController: port('KAFKA_CONTROLLER_PORT', 9093),
      registry: port('REGISTRY_PORT', 8081),
      registryManagement: port('REGISTRY_MANAGEMENT_PORT', 9011),
      postgres: port('PGPORT', 5432),
      otlpGrpc: port('JAEGER_OTLP_GRPC_PORT', 4317),
      otlpHttp: port('JAEGER_OTLP_HTTP_PORT', 4318),
      jaegerQuery: port('JAEGER_QUERY_PORT', 16686),
      jaegerQueryGrpc: port('JAEGER_QUERY_GRPC_PORT', 16685),
      jaegerHealth: port('JAEGER_HEALTH_PORT', 13133),
    },
    upTimeoutMs: seconds('PARITY_UP_TIMEOUT'),
    stopTimeoutMs: seconds('PARITY_STOP_TIMEOUT') ?? 20_000,
    env,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function intFromEnv(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new StackError(`${name}=${raw} is not a whole number between ${min} and ${max}`);
  }
  return value;
}
