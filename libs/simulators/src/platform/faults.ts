import { raw, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Rng } from './rng';

/**
 * A fault a vendor endpoint shows, set through the admin API while a test or scenario runs.
 * Rates are probabilities per request; `times` limits the rule to the next N matching requests.
 */
export interface FaultRule {
  /** The simulator it applies to: `prima`, `peoplevox`, `clarus`, `sitoo`, `lightspeed`. */
  readonly vendor: string;
  /** Only this HTTP method, if given. */
  readonly method?: string;
  /** A regular expression matched against the path inside the vendor (`^/api/v1/stock`). */
  readonly path?: string;
  /**
   * A regular expression matched against the request body, for a vendor whose one endpoint
   * carries every request (Prima's SOAP: `RequestType="MultiNewOrder"`). The body is then read
   * here, as bytes, so only a vendor whose routes take a raw body should be given one.
   */
  readonly body?: string;
  /** Added before answering (or before failing). */
  readonly latencyMs?: number;
  /** Answer 5xx (`errorStatus`, 503 by default) instead of serving the request. */
  readonly errorRate?: number;
  readonly errorStatus?: number;
  /** Answer 429 with this Retry-After (seconds) instead of serving the request. */
  readonly rateLimitRate?: number;
  readonly retryAfterSeconds?: number;
  /** Never answer: hold the connection for `hangMs` (default 60 s), then drop it. */
  readonly timeoutRate?: number;
  readonly hangMs?: number;
  /** Drop the connection without an answer (ECONNRESET at the client). */
  readonly resetRate?: number;
  /**
   * Serve the request (the vendor makes the record), then drop the connection instead of
   * answering: the client cannot tell whether its create happened.
   */
  readonly answerLostRate?: number;
  /** Serve the request at once, then hold its answer this long: the window a client can die in. */
  readonly answerDelayMs?: number;
  readonly times?: number;
}

interface ActiveRule extends FaultRule {
  readonly id: number;
  remaining: number;
  hits: number;
}

/** Injects the faults of the vendors' real APIs (5xx, 429, timeouts, resets, latency) on demand. */
export class FaultInjector {
  private rules: ActiveRule[] = [];
  private nextId = 1;

  constructor(private readonly rng: Rng) {}

  add(rule: FaultRule): number {
    const id = this.nextId++;
    this.rules.push({ ...rule, id, remaining: rule.times ?? Infinity, hits: 0 });
    return id;
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(vendor?: string): void {
    this.rules = vendor ? this.rules.filter((rule) => rule.vendor !== vendor) : [];
  }

  list(): readonly ActiveRule[] {
    return this.rules;
  }

  /** Express middleware for one vendor's API, mounted before its routes. */
  middleware(vendor: string): RequestHandler {
    const readBody = raw({ type: () => true, limit: '10mb' });
    return (req: Request, res: Response, next: NextFunction) => {
      const wantsBody = this.rules.some((rule) => rule.body && matches(rule, vendor, req));
      if (!wantsBody) return this.apply(vendor, req, res, next);
      readBody(req, res, (error?: unknown) =>
        error ? next(error) : this.apply(vendor, req, res, next),
      );
    };
  }

  private apply(vendor: string, req: Request, res: Response, next: NextFunction): void {
    const rule = this.rules.find(
      (candidate) => matches(candidate, vendor, req) && bodyMatches(candidate, req),
    );
    if (!rule) return next();
    rule.remaining -= 1;
    rule.hits += 1;
    if (rule.remaining <= 0) this.remove(rule.id);
    const act = () => this.act(rule, req, res, next);
    if (rule.latencyMs) setTimeout(act, rule.latencyMs);
    else act();
  }

  private act(rule: ActiveRule, req: Request, res: Response, next: NextFunction): void {
    if (this.rng.chance(rule.resetRate ?? 0)) {
      req.socket.destroy();
      return;
    }
    if (this.rng.chance(rule.timeoutRate ?? 0)) {
      const timer = setTimeout(() => req.socket.destroy(), rule.hangMs ?? 60_000);
      req.socket.once('close', () => clearTimeout(timer));
      return;
    }
    if (this.rng.chance(rule.rateLimitRate ?? 0)) {
      res
        .status(429)
        .set('Retry-After', String(rule.retryAfterSeconds ?? 1))
        .json({ error: 'Too Many Requests (sandbox fault)' });
      return;
    }
    if (this.rng.chance(rule.errorRate ?? 0)) {
      const status = rule.errorStatus ?? 503;
      res.status(status).json({ error: `sandbox fault: HTTP ${status}` });
      return;
    }
    if (this.rng.chance(rule.answerLostRate ?? 0)) {
      // The route runs to the end; whatever it answers is never sent.
      res.end = (() => (req.socket.destroy(), res)) as typeof res.end;
    } else if (rule.answerDelayMs) {
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
      const delay = rule.answerDelayMs;
      res.end = ((...args: unknown[]) => (
        setTimeout(() => end(...args), delay),
        res
      )) as typeof res.end;
    }
    next();
  }
}

function bodyMatches(rule: ActiveRule, req: Request): boolean {
  if (!rule.body) return true;
  const body: unknown = req.body;
  return Buffer.isBuffer(body) && new RegExp(rule.body).test(body.toString('latin1'));
}

function matches(rule: ActiveRule, vendor: string, req: Request): boolean {
  if (rule.vendor !== vendor || rule.remaining <= 0) return false;
  if (rule.method && rule.method.toUpperCase() !== req.method) return false;
  return !rule.path || new RegExp(rule.path).test(req.path);
}
