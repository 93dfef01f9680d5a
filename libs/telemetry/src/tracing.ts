import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';

let sdk: NodeSDK | undefined;

/**
 * Starts tracing. It must run before pg, http or Nest are first required, because the
 * instrumentations patch those modules as they load; hence `register.ts`, imported first by
 * every main.ts. Kafka is traced by @parity/kafka itself, not by the kafkajs
 * instrumentation: that one would re-stamp the trace headers of records the outbox relay
 * sends with the relay's own context, cutting each event's trace at the outbox.
 *
 * The exporter and the service name come from the standard OTEL_* variables
 * (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT), which the SDK reads itself; each
 * service's config schema checks they are set.
 */
export function startTelemetry(): void {
  if (sdk) return;
  sdk = new NodeSDK({
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => isProbe(req.url) }),
      // A span per middleware layer would cost more than the request itself at webhook rates;
      // the HTTP span and Nest's controller and handler spans already say where time went.
      new ExpressInstrumentation({
        ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.REQUEST_HANDLER],
      }),
      new NestInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
}

/** Flushes spans still buffered; called last during graceful shutdown. */
export async function shutdownTelemetry(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  await running?.shutdown();
}

// Probes and scrapes come every few seconds; tracing them would bury real traffic in Jaeger.
function isProbe(url: string | undefined): boolean {
  return (url?.startsWith('/health/') || url === '/metrics') ?? false;
}
