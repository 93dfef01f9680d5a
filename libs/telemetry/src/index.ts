export { startTelemetry, shutdownTelemetry } from './tracing';
export {
  createLogger,
  errorFields,
  setLogLevel,
  type LogFields,
  type Logger,
  type LogLevel,
} from './logger';
export { NestJsonLogger } from './nest-logger';
