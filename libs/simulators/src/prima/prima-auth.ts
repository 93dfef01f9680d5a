import { randomBytes } from 'node:crypto';
import { Router, urlencoded, type RequestHandler } from 'express';
import { PrimaProblem, sendProblem } from './prima-problem';
import type { PrimaState } from './prima-state';

export interface PrimaCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly companyId: string;
  readonly tokenTtlSeconds: number;
}

/**
 * OAuth2 client credentials (`POST /oauth/token`, form-encoded, RFC 6749 §4.4) and the guard
 * every API call passes: a live bearer token and the right `X-Prima-Company`.
 */
export class PrimaAuth {
  /** token → expiry, epoch ms on the wall clock. */
  private readonly tokens = new Map<string, number>();

  constructor(
    private readonly credentials: PrimaCredentials,
    private readonly state: PrimaState,
  ) {}

  tokenRouter(): Router {
    const router = Router();
    router.post('/oauth/token', urlencoded({ extended: false }), (req, res) => {
      const form = (req.body ?? {}) as Record<string, string | undefined>;
      const [basicId, basicSecret] = basicCredentials(req.headers.authorization);
      const clientId = form.client_id ?? basicId;
      const clientSecret = form.client_secret ?? basicSecret;
      res.set('Cache-Control', 'no-store');
      if (form.grant_type !== 'client_credentials') {
        res.status(400).json({
          error: form.grant_type ? 'unsupported_grant_type' : 'invalid_request',
          error_description: 'grant_type must be client_credentials, form-encoded',
        });
        return;
      }
      if (
        clientId !== this.credentials.clientId ||
        clientSecret !== this.credentials.clientSecret
      ) {
        res.status(401).json({ error: 'invalid_client', error_description: 'unknown client' });
        return;
      }
      const token = randomBytes(24).toString('hex');
      this.tokens.set(token, Date.now() + this.credentials.tokenTtlSeconds * 1000);
      this.state.counters.tokensIssued += 1;
      res.json({
        access_token: token,
        token_type: 'Bearer',
        expires_in: this.credentials.tokenTtlSeconds,
      });
    });
    return router;
  }

  guard(): RequestHandler {
    return (req, res, next) => {
      const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const expiresAt = token ? this.tokens.get(token) : undefined;
      if (expiresAt === undefined || expiresAt <= Date.now()) {
        res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
        return sendProblem(
          res,
          new PrimaProblem(401, 'Unauthorized', 'A valid bearer token is required.'),
        );
      }
      if (req.headers['x-prima-company'] !== this.credentials.companyId) {
        return sendProblem(
          res,
          new PrimaProblem(
            401,
            'Unauthorized',
            'X-Prima-Company must name the company this client is registered for.',
          ),
        );
      }
      next();
    };
  }

  /** Invalidates every issued token, as a key rotation or a restart of Prima's auth server does. */
  revokeAll(): void {
    this.tokens.clear();
  }
}

function basicCredentials(header: string | undefined): [string?, string?] {
  const encoded = /^Basic (\S+)$/i.exec(header ?? '')?.[1];
  if (!encoded) return [];
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? [] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}
