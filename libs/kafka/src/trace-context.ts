import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';

const tracer = trace.getTracer('@parity/kafka');

/** W3C trace context of the active span, as Kafka headers. */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(from, headers);
  return headers;
}

/**
 * A consumer span whose parent is the producer's context carried in the message headers:
 * one trace follows an event across services, also when messages are consumed in batches.
 */
export function startProcessSpan(
  topic: string,
  headers: Readonly<Record<string, string>>,
  attributes: Record<string, string | number>,
): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(
    `process ${topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': topic,
        ...attributes,
      },
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** A producer span for one event published (through the outbox) by the current work. */
export function startPublishSpan(
  topic: string,
  key: string,
  parent: Context = context.active(),
): { span: Span; context: Context } {
  const span = tracer.startSpan(
    `publish ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': topic,
        'messaging.kafka.message.key': key,
      },
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  span.end();
}

export { context };
