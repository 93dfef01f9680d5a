import { randomBytes } from 'node:crypto';
import { Router, urlencoded, type Request, type Response } from 'express';

export interface OAuthOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly initialRefreshToken: string;
  readonly accessTokenTtlSeconds: number;
}

/**
 * Lightspeed's newer auth server: every refresh rotates BOTH tokens, and the refresh token
 * just used stops working at once. Two workers refreshing the same account therefore lock
 * each other out, which is what the connector's single token owner exists to prevent.
 */
export class OAuthServer {
  private refreshToken: string;
  private readonly accessTokens = new Map<string, number>();
  private refreshCount = 0;

  constructor(
    private readonly options: OAuthOptions,
    private readonly now: () => number,
  ) {
    this.refreshToken = options.initialRefreshToken;
  }

  get refreshes(): number {
    return this.refreshCount;
  }

  /** Whether a bearer token is one we issued and it has not expired. */
  accepts(accessToken: string): boolean {
    const expiresAt = this.accessTokens.get(accessToken);
    return expiresAt !== undefined && expiresAt > this.now();
  }

  /** Ends every access token now, as an expiry would; refresh tokens stay valid. */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  /** `POST /auth/oauth/token`, form-encoded. */
  router(): Router {
    const router = Router();
    router.post('/auth/oauth/token', urlencoded({ extended: false }), (req, res) =>
      this.token(req, res),
    );
    return router;
  }

  private token(req: Request, res: Response): void {
    if (!req.is('application/x-www-form-urlencoded')) {
      return oauthError(res, 400, 'invalid_request', 'The body must be form-encoded');
    }
    const form = req.body as Record<string, unknown>;
    if (form['grant_type'] !== 'refresh_token') {
      return oauthError(res, 400, 'unsupported_grant_type', 'Only refresh_token is supported');
    }
    if (
      form['client_id'] !== this.options.clientId ||
      form['client_secret'] !== this.options.clientSecret
    ) {
      return oauthError(res, 401, 'invalid_client', 'Client authentication failed');
    }
    if (typeof form['refresh_token'] !== 'string' || form['refresh_token'] !== this.refreshToken) {
      return oauthError(res, 400, 'invalid_grant', 'The refresh token is invalid or was rotated');
    }
    const accessToken = randomBytes(20).toString('hex');
    this.refreshToken = randomBytes(20).toString('hex');
    this.accessTokens.set(accessToken, this.now() + this.options.accessTokenTtlSeconds * 1000);
    this.refreshCount += 1;
    res.json({
      access_token: accessToken,
      expires_in: this.options.accessTokenTtlSeconds,
      token_type: 'Bearer',
      scope: 'employee:all',
      refresh_token: this.refreshToken,
    });
  }

  reset(): void {
    this.refreshToken = this.options.initialRefreshToken;
    this.accessTokens.clear();
    this.refreshCount = 0;
  }
}

function oauthError(res: Response, status: number, error: string, description: string): void {
  res.status(status).json({ error, error_description: description });
}
