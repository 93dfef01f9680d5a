import { ConnectorError } from '../http/connector-error';
import type { VendorAuth, VendorHttp } from '../http/vendor-http';

export interface ClarusLogin {
  readonly clientId: string;
  readonly clientSecret: string;
  /** A dedicated API user: a UI login with the same user ends the integration's session. */
  readonly username: string;
  readonly password: string;
  readonly subdomain: string;
}

interface AccessToken {
  readonly value: string;
  readonly expiresAt: number;
}

/** Renew this long before the stated expiry, so a token does not lapse in flight. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Clarus's OAuth2 password grant: one bearer at a time, renewed before it expires and once
 * after a 401 (a UI login or a server-side revoke ends it early). Concurrent callers share
 * one token request, so a burst of 401s does not become a burst of logins.
 */
export class ClarusTokenAuth implements VendorAuth {
  private token: AccessToken | undefined;
  private pending: Promise<AccessToken> | undefined;

  constructor(
    private readonly tokenHttp: VendorHttp,
    private readonly login: ClarusLogin,
    private readonly now: () => number = Date.now,
  ) {}

  async headers(): Promise<Record<string, string>> {
    const token = await this.current();
    return {
      authorization: `Bearer ${token.value}`,
      'x-clarus-subdomain': this.login.subdomain,
    };
  }

  async refresh(rejected: Record<string, string>): Promise<void> {
    // Another caller may have renewed the token since this request was sent; keep that one.
    if (this.token && rejected.authorization === `Bearer ${this.token.value}`) {
      this.token = undefined;
    }
    await this.current();
  }

  private current(): Promise<AccessToken> {
    if (this.token && this.token.expiresAt - EXPIRY_MARGIN_MS > this.now()) {
      return Promise.resolve(this.token);
    }
    this.pending ??= this.requestToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async requestToken(): Promise<AccessToken> {
    const requestedAt = this.now();
    const body = await this.tokenHttp.json<{ access_token: string; expires_in: number }>({
      operation: 'requestToken',
      method: 'POST',
      path: 'oauth/token',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: this.login.clientId,
        client_secret: this.login.clientSecret,
        username: this.login.username,
        password: this.login.password,
      }).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-clarus-subdomain': this.login.subdomain,
      },
      // A token request has no side effect worth protecting; repeating it is harmless.
      idempotent: true,
    });
    if (typeof body.access_token !== 'string' || typeof body.expires_in !== 'number') {
      throw new ConnectorError('clarus', 'requestToken', 'CONNECTOR.BAD_RESPONSE', 'no token');
    }
    this.token = { value: body.access_token, expiresAt: requestedAt + body.expires_in * 1000 };
    return this.token;
  }
}
