import { context, trace } from '@opentelemetry/api';
import pino from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
export type LogFields = Record<string, unknown>;

/**
 * Structured JSON logs: one object per line with a constant `event` name, ids as fields,
 * and the active trace and span ids so a log line leads to its trace in Jaeger.
 * Fields that commonly hold secrets are censored wherever they appear.
 */
const root = pino({
  level: 'info',
  messageKey: 'event',
  base: { service: process.env['OTEL_SERVICE_NAME'] },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: {
    paths: [
      'password',
      'token',
      'secret',
      'authorization',
      '*.password',
      '*.token',
      '*.secret',
      '*.authorization',
    ],
    censor: '[redacted]',
  },
  mixin: () => {
    const span = trace.getSpan(context.active());
    if (!span) return {};
    const { traceId, spanId } = span.spanContext();
    return { trace_id: traceId, span_id: spanId };
  },
});

const loggers = new Set<pino.Logger>([root]);

export interface Logger {
  error(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  debug(event: string, fields?: LogFields): void;
  fatal(event: string, fields?: LogFields): void;
}

/** A logger named after the class or module that owns it. */
export function createLogger(name: string): Logger {
  const child = root.child({ logger: name });
  child.level = root.level;
  loggers.add(child);
  return {
    error: (event, fields) => child.error(fields ?? {}, event),
    warn: (event, fields) => child.warn(fields ?? {}, event),
    info: (event, fields) => child.info(fields ?? {}, event),
    debug: (event, fields) => child.debug(fields ?? {}, event),
    fatal: (event, fields) => child.fatal(fields ?? {}, event),
  };
}

/** Applies the configured level to every logger, including ones created before config loaded. */
export function setLogLevel(level: LogLevel): void {
  for (const logger of loggers) logger.level = level;
}

/** Serialises an error for a log field without losing its cause chain. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  return {
    error: { name: error.name, message: error.message, stack: error.stack },
    ...(error.cause === undefined ? {} : { cause: errorFields(error.cause)['error'] }),
  };
}
