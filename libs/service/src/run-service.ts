import 'reflect-metadata';
import { Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, type PlatformConfig } from '@parity/config';
import {
  createLogger,
  errorFields,
  NestJsonLogger,
  setLogLevel,
  shutdownTelemetry,
} from '@parity/telemetry';
import { LifecycleState } from './lifecycle-state';
import { migrate, type MigrationClass } from './migrate';
import { PlatformModule, type RuntimeTuning, type ServiceStorage } from './platform.module';

export interface ServiceDefinition<C extends PlatformConfig> {
  /** Parses and validates the environment; throws ConfigError naming every bad key. */
  readonly loadConfig: () => C;
  /** The service's own feature module. */
  readonly module: Type<unknown>;
  /** The service's PostgreSQL schema (its name), and the migrations that build it. */
  readonly storage: ServiceStorage & { readonly migrations?: readonly MigrationClass[] };
  /**
   * Whether Nest parses JSON and form bodies (the default). Edge turns it off: it archives
   * vendor payloads byte for byte and parses them itself.
   */
  readonly bodyParser?: boolean;
  /** The service's defaults for its consumer's concurrency and relay batch (env overrides). */
  readonly runtime?: RuntimeTuning;
  /** Finishes the application before it listens: routes Nest does not own, such as API docs. */
  readonly configureApp?: (app: INestApplication) => void;
}

const log = createLogger('runService');

/**
 * Boots a Parity service: validated config first (a bad setting stops the process with
 * exit code 78, EX_CONFIG, naming the setting), then Nest with JSON logs, then HTTP.
 * SIGTERM or SIGINT drains it: readiness fails at once, in-flight work finishes, clients
 * disconnect, spans are flushed, and the process exits 0 (1 if that overran its budget).
 */
export async function runService<C extends PlatformConfig>(
  definition: ServiceDefinition<C>,
): Promise<void> {
  if (process.argv[2] === 'migrate') {
    return runMigrations(definition);
  }
  const config = loadOrExit(definition.loadConfig);
  setLogLevel(config.logLevel);

  let app: INestApplication;
  try {
    app = await NestFactory.create(
      {
        module: ServiceRootModule,
        imports: [
          PlatformModule.forRoot(config, definition.storage, definition.runtime),
          definition.module,
        ],
      },
      {
        logger: new NestJsonLogger(),
        bufferLogs: true,
        abortOnError: false,
        bodyParser: definition.bodyParser ?? true,
      },
    );
    definition.configureApp?.(app);
    await app.listen(config.http.port, '0.0.0.0');
  } catch (error) {
    // Most often the database refused us. Exiting lets the orchestrator restart the
    // service with backoff, which is the retry policy we want at boot.
    log.fatal('service.start.failed', errorFields(error));
    await shutdownTelemetry();
    process.exit(1);
  }
  log.info('service.started', { port: config.http.port });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void drainAndExit(app, signal, config.shutdownTimeoutMs));
  }
}

@Module({})
class ServiceRootModule {}

async function runMigrations(definition: ServiceDefinition<PlatformConfig>): Promise<void> {
  try {
    await migrate(definition.storage.schema, definition.storage.migrations ?? [], process.env);
    process.exit(0);
  } catch (error) {
    if (error instanceof ConfigError) {
      log.fatal('config.invalid', { problems: error.problems });
      process.exit(78);
    }
    log.fatal('migrate.failed', errorFields(error));
    process.exit(1);
  }
}

function loadOrExit<C>(load: () => C): C {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) {
      log.fatal('config.invalid', { problems: error.problems });
      process.exit(78);
    }
    throw error;
  }
}

async function drainAndExit(
  app: INestApplication,
  signal: string,
  timeoutMs: number,
): Promise<void> {
  log.info('service.stopping', { signal });
  app.get(LifecycleState).startDraining();
  const overrun = setTimeout(() => {
    log.error('service.stop.overran', { timeoutMs });
    process.exit(1);
  }, timeoutMs);
  try {
    await app.close();
    await shutdownTelemetry();
    log.info('service.stopped', { signal });
    process.exit(0);
  } catch (error) {
    log.error('service.stop.failed', errorFields(error));
    process.exit(1);
  } finally {
    clearTimeout(overrun);
  }
}
