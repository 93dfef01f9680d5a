import { timingSafeEqual } from 'node:crypto';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { SitooEnvelope, SitooErrorBody } from './sitoo-records';

/** Answers with Sitoo's error body `{statuscode, errortext}`. */
export function sitooError(res: Response, statuscode: number, errortext: string): void {
  const body: SitooErrorBody = { statuscode, errortext };
  res.status(statuscode).json(body);
}

/** A request the API refuses with a 4xx; thrown by route handlers, answered by `sitooErrors`. */
export class SitooRefusal extends Error {
  constructor(
    readonly statuscode: number,
    message: string,
  ) {
    super(message);
  }
}

/** HTTP Basic with the account's API id and password; anything else is a 401. */
export function basicAuth(apiId: string, password: string): RequestHandler {
  const expected = Buffer.from(`Basic ${Buffer.from(`${apiId}:${password}`).toString('base64')}`);
  return (req, res, next) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    res.set('WWW-Authenticate', 'Basic realm="Sitoo API"');
    sitooError(res, 401, 'Unauthorized');
  };
}

export function sitooErrors(): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof SitooRefusal) return sitooError(res, error.statuscode, error.message);
    const parseFailure = (error as { type?: string }).type === 'entity.parse.failed';
    if (parseFailure) return sitooError(res, 400, 'Invalid JSON in request body');
    sitooError(res, 500, 'Internal Server Error');
  };
}

/** Default and largest page; Sitoo does not publish its limits, these are the simulator's. */
const DEFAULT_NUM = 10;
const MAX_NUM = 100;

/** One page of `items` by `start` and `num`, in the `{totalcount, items}` envelope. */
export function page<T>(req: Request, items: readonly T[]): SitooEnvelope<T> {
  const start = intParam(req, 'start') ?? 0;
  const num = intParam(req, 'num') ?? DEFAULT_NUM;
  if (num < 1 || num > MAX_NUM) throw new SitooRefusal(400, `num must be 1..${MAX_NUM}`);
  return { totalcount: items.length, items: items.slice(start, start + num) };
}

/** A non-negative integer query parameter, or a 400 naming it. */
export function intParam(req: Request, name: string): number | undefined {
  const raw = req.query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
    throw new SitooRefusal(400, `${name} must be a non-negative integer`);
  }
  return Number(raw);
}

/**
 * The worst case for a non-idempotent write: the vendor applies it and the answer never
 * arrives. Armed through the admin API for the next `times` writes whose path matches.
 */
export class LostResponses {
  private remaining = 0;
  private pattern: RegExp | undefined;

  arm(times: number, path?: string): void {
    this.remaining = times;
    this.pattern = path ? new RegExp(path) : undefined;
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const write = req.method !== 'GET' && req.method !== 'HEAD';
      if (write && this.remaining > 0 && (!this.pattern || this.pattern.test(req.path))) {
        this.remaining -= 1;
        const drop = () => {
          req.socket.destroy();
          return res;
        };
        res.json = drop;
        res.send = drop;
      }
      next();
    };
  }
}

/** The API calls the account has served, for tests that count a connector's calls. */
export class RequestLog {
  readonly entries: { method: string; path: string; status: number }[] = [];

  middleware(): RequestHandler {
    return (req, res, next) => {
      res.on('finish', () => {
        this.entries.push({ method: req.method, path: req.originalUrl, status: res.statusCode });
      });
      next();
    };
  }

  clear(): void {
    this.entries.length = 0;
  }
}
