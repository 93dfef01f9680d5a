import { z } from 'zod';
import { hostPortList, httpUrl, port, positiveMs, postgresUrl } from './env-types';

/**
 * Settings every Parity service needs: where Kafka, the schema registry, PostgreSQL and
 * the trace collector are, and how it serves HTTP. Service-specific keys extend this
 * schema in each app's `<app>.config.ts`.
 *
 * OTEL_SERVICE_NAME and OTEL_EXPORTER_OTLP_ENDPOINT are the standard OpenTelemetry
 * variables: the SDK reads them itself before config is loaded, so they are checked here
 * to fail fast when they are missing rather than export traces as "unknown_service".
 */
export const platformEnvSchema = z
  .object({
    PORT: port,
    KAFKA_BROKERS: hostPortList,
    SCHEMA_REGISTRY_URL: httpUrl,
    DATABASE_URL: postgresUrl,
    OTEL_SERVICE_NAME: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case service name'),
    OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
    READINESS_TIMEOUT_MS: positiveMs.default(2_000),
    SHUTDOWN_TIMEOUT_MS: positiveMs.default(10_000),
    /**
     * Consumer concurrency, when a deployment needs other than the service's own defaults:
     * key lanes per partition batch, partition batches at once, outbox rows per Kafka send.
     */
    /** Connections the service keeps to PostgreSQL: at least the consumer's concurrent lanes. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).optional(),
    KAFKA_LANES_PER_PARTITION: z.coerce.number().int().min(1).optional(),
    KAFKA_PARTITIONS_CONCURRENTLY: z.coerce.number().int().min(1).optional(),
    OUTBOX_RELAY_BATCH_SIZE: z.coerce.number().int().min(1).optional(),
  })
  .transform((env) => ({
    serviceName: env.OTEL_SERVICE_NAME,
    http: { port: env.PORT },
    kafka: { brokers: env.KAFKA_BROKERS, clientId: env.OTEL_SERVICE_NAME },
    runtime: {
      lanesPerPartition: env.KAFKA_LANES_PER_PARTITION,
      partitionsConcurrently: env.KAFKA_PARTITIONS_CONCURRENTLY,
      relayBatchSize: env.OUTBOX_RELAY_BATCH_SIZE,
    },
    registry: { url: env.SCHEMA_REGISTRY_URL },
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE },
    telemetry: { otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT },
    logLevel: env.LOG_LEVEL,
    readinessTimeoutMs: env.READINESS_TIMEOUT_MS,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  }));

export type PlatformConfig = z.output<typeof platformEnvSchema>;
