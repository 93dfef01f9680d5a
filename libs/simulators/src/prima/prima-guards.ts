import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { PrimaState } from './prima-state';

const REQUEST_LOG_LIMIT = 10_000;

/**
 * Counts every request and logs when it arrived and how it was answered (null when the
 * connection was dropped), so tests can check a client's pacing from the vendor's side.
 * Uses the wall clock, not the sandbox clock: tests may freeze the latter.
 */
export function requestLog(state: PrimaState): RequestHandler {
  return (req, res, next) => {
    state.counters.requests += 1;
    const entry = {
      at: Date.now(),
      method: req.method,
      path: req.path,
      status: null as number | null,
    };
    state.requestLog.push(entry);
    // A long-running sandbox keeps the recent past only.
    if (state.requestLog.length > REQUEST_LOG_LIMIT) state.requestLog.shift();
    res.once('finish', () => {
      entry.status = res.statusCode;
    });
    next();
  };
}

/**
 * Prima's own rate limit: a token bucket of `burst` refilled at `ratePerSecond`; past it a 429
 * with Retry-After in whole seconds [ASSUMED: a real install's proxy decides].
 */
export function rateLimit(state: PrimaState, ratePerSecond: number, burst: number): RequestHandler {
  let tokens = burst;
  let updatedAt = Date.now();
  return (_req: Request, res: Response, next: NextFunction) => {
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - updatedAt) / 1000) * ratePerSecond);
    updatedAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return next();
    }
    state.counters.rateLimited += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / ratePerSecond));
    res.set('Retry-After', String(retryAfterSeconds));
    res
      .status(429)
      .type('text/plain')
      .send(`The company's limit of ${ratePerSecond} requests per second was exceeded.`);
  };
}

export interface DropRule {
  readonly method?: string;
  /** A regular expression matched against the request's RequestType (`^MultiNewOrder$`). */
  readonly requestType?: string;
  times: number;
}

/**
 * A fault the shared injector cannot make: Prima applies the request, then the connection
 * drops before the answer leaves. The client sees a network error for a write that happened,
 * the case Prima's duplicate check (E:21) makes safe to repeat.
 */
export class ResponseDropper {
  private rules: DropRule[] = [];

  add(rule: DropRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules = [];
  }

  /** Whether this request's answer is to be lost; counts the rule down when it is. */
  drops(method: string, requestType: string): boolean {
    const rule = this.rules.find(
      (candidate) =>
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (!candidate.requestType || new RegExp(candidate.requestType).test(requestType)),
    );
    if (!rule) return false;
    rule.times -= 1;
    if (rule.times <= 0) this.rules = this.rules.filter((other) => other !== rule);
    return true;
  }
}
