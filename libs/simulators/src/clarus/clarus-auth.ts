import { randomBytes } from 'node:crypto';
import { Router, json, urlencoded, type RequestHandler } from 'express';

export interface ClarusCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The dedicated API user the doc asks integrations to use (never a person's UI login). */
  readonly apiUser: { readonly username: string; readonly password: string };
  readonly subdomain: string;
  readonly tokenTtlSeconds: number;
}

interface Session {
  readonly username: string;
  readonly expiresAt: number;
}

/**
 * Clarus's OAuth2 server (Laravel Passport style routes at /oauth). Clarus binds a token to a
 * user, and a UI login with that user ends the integration's session, so the simulator uses
 * the password grant for the API user and lets the admin API end sessions as a UI login does.
 */
export class ClarusAuth {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly credentials: ClarusCredentials,
    private readonly now: () => Date,
    private readonly onIssued: () => void,
  ) {}

  /** `POST /oauth/token`, form-encoded as OAuth2 specifies (JSON accepted too). */
  tokenRoute(): Router {
    const router = Router();
    router.post('/oauth/token', urlencoded({ extended: false }), json(), (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (body.grant_type !== 'password') {
        res.status(400).json(oauthError('unsupported_grant_type', 'Use the password grant.'));
        return;
      }
      const { clientId, clientSecret, apiUser, tokenTtlSeconds } = this.credentials;
      if (body.client_id !== clientId || body.client_secret !== clientSecret) {
        res.status(401).json(oauthError('invalid_client', 'Client authentication failed'));
        return;
      }
      if (body.username !== apiUser.username || body.password !== apiUser.password) {
        res.status(400).json(oauthError('invalid_grant', 'The user credentials were incorrect.'));
        return;
      }
      const token = randomBytes(24).toString('base64url');
      this.sessions.set(token, {
        username: apiUser.username,
        expiresAt: this.now().getTime() + tokenTtlSeconds * 1000,
      });
      this.onIssued();
      res.json({ token_type: 'Bearer', expires_in: tokenTtlSeconds, access_token: token });
    });
    return router;
  }

  /** Every API call needs a live bearer and this domain's `X-Clarus-Subdomain`. */
  guard(): RequestHandler {
    return (req, res, next) => {
      const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
      const session = token ? this.sessions.get(token) : undefined;
      if (!session || session.expiresAt <= this.now().getTime()) {
        res.status(401).json({ message: 'Unauthenticated.' });
        return;
      }
      const subdomain = req.get('x-clarus-subdomain');
      if (!subdomain) {
        res.status(400).json({ message: 'The X-Clarus-Subdomain header is required.' });
        return;
      }
      if (subdomain !== this.credentials.subdomain) {
        res.status(403).json({ message: 'This action is unauthorized.' });
        return;
      }
      next();
    };
  }

  /** What a UI login with the API user does to the integration: its tokens stop working. */
  endSessions(): number {
    const ended = this.sessions.size;
    this.sessions.clear();
    return ended;
  }

  reset(): void {
    this.sessions.clear();
  }
}

function oauthError(error: string, description: string) {
  return { error, error_description: description, message: description };
}
