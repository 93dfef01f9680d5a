import type { RequestHandler } from 'express';
import type { Rng } from '../platform/rng';

/**
 * The worst write failure for an integration: the vendor applies the request, then the
 * connection drops before the answer arrives. The fault injector fails requests before they
 * reach the simulator; this fails them after, so a client that retries blindly makes a twin.
 */
export interface LostResponseRule {
  /** Regular expression on the path inside the vendor (`^/api/products$`); every write if unset. */
  readonly path?: string;
  /** Probability per matching write; 1 if unset. */
  readonly rate?: number;
  /** Only the next N matching writes; unlimited if unset. */
  readonly times?: number;
  /** Answer this status (a gateway's 502, 504) instead of dropping the connection. */
  readonly status?: number;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class LostResponses {
  private rule: LostResponseRule | undefined;
  private remaining = 0;

  constructor(
    private readonly rng: Rng,
    private readonly onLost: () => void,
    initial?: LostResponseRule,
  ) {
    this.set(initial);
  }

  set(rule: LostResponseRule | undefined): void {
    this.rule = rule;
    this.remaining = rule?.times ?? Infinity;
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const rule = this.rule;
      if (!rule || this.remaining <= 0 || !WRITES.has(req.method)) return next();
      if (rule.path && !new RegExp(rule.path).test(req.path)) return next();
      if (!this.rng.chance(rule.rate ?? 1)) return next();
      this.remaining -= 1;
      this.onLost();
      const status = rule.status;
      if (status) {
        // The route's answer is swapped for the gateway's, whatever the route said.
        const end = res.end.bind(res) as (body?: unknown) => typeof res;
        res.end = (() => {
          res.statusCode = status;
          res.removeHeader('content-type');
          res.removeHeader('content-length');
          return end('Gateway error');
        }) as typeof res.end;
      } else {
        res.end = (() => {
          req.socket.destroy();
          return res;
        }) as typeof res.end;
      }
      next();
    };
  }
}
