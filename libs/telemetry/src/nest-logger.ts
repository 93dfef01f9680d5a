import type { LoggerService } from '@nestjs/common';
import { createLogger, type Logger } from './logger';

/**
 * Routes Nest's own log lines (module init, route mapping, lifecycle) into the same
 * JSON stream as ours, under the Nest context name.
 */
export class NestJsonLogger implements LoggerService {
  private readonly byContext = new Map<string, Logger>();

  log(message: unknown, context?: string): void {
    this.logger(context).info('nest.log', { message });
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger(context).error('nest.error', { message, stack: trace });
  }
  warn(message: unknown, context?: string): void {
    this.logger(context).warn('nest.warn', { message });
  }
  debug(message: unknown, context?: string): void {
    this.logger(context).debug('nest.debug', { message });
  }
  verbose(message: unknown, context?: string): void {
    this.logger(context).debug('nest.verbose', { message });
  }

  private logger(context = 'Nest'): Logger {
    let logger = this.byContext.get(context);
    if (!logger) {
      logger = createLogger(context);
      this.byContext.set(context, logger);
    }
    return logger;
  }
}
