import { ConnectorError } from '../http/connector-error';
import type { VendorAuth, VendorHttp } from '../http/vendor-http';

interface TokenResponse {
  readonly access_token?: unknown;
  readonly expires_in?: unknown;
}

interface CachedToken {
  readonly value: string;
  /** When to stop using it: a little before Prima's expiry, so a request never races it. */
  readonly renewAt: number;
}

/**
 * OAuth2 client credentials for Prima: one token, cached until shortly before it expires and
 * fetched by a single request however many callers need it at once. After a 401 the refused
 * token is dropped, unless another caller has already replaced it.
 */
export class PrimaTokenAuth implements VendorAuth {
  private cached: CachedToken | undefined;
  private fetching: Promise<CachedToken> | undefined;

  constructor(
    /** A VendorHttp without auth, at Prima's base URL. */
    private readonly http: VendorHttp,
    private readonly credentials: {
      readonly clientId: string;
      readonly clientSecret: string;
      readonly companyId: string;
    },
    private readonly now: () => number = Date.now,
  ) {}

  async headers(): Promise<Record<string, string>> {
    const token = await this.token();
    return {
      authorization: `Bearer ${token.value}`,
      'x-prima-company': this.credentials.companyId,
    };
  }

  async refresh(rejected: Record<string, string>): Promise<void> {
    if (this.cached && rejected.authorization === `Bearer ${this.cached.value}`) {
      this.cached = undefined;
    }
    await this.token();
  }

  private token(): Promise<CachedToken> {
    if (this.cached && this.now() < this.cached.renewAt) return Promise.resolve(this.cached);
    this.fetching ??= this.fetchToken().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async fetchToken(): Promise<CachedToken> {
    const requestedAt = this.now();
    const response = await this.http.json<TokenResponse>({
      operation: 'fetchToken',
      method: 'POST',
      path: 'oauth/token',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.credentials.clientId,
        client_secret: this.credentials.clientSecret,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      // A second token request is harmless: the old token stays valid until it expires.
      idempotent: true,
    });
    const { access_token: value, expires_in: expiresIn } = response;
    if (typeof value !== 'string' || typeof expiresIn !== 'number' || expiresIn <= 0) {
      throw new ConnectorError(
        'prima',
        'fetchToken',
        'CONNECTOR.BAD_RESPONSE',
        'no usable token in the answer',
      );
    }
    const marginMs = Math.min(60_000, expiresIn * 100);
    this.cached = { value, renewAt: requestedAt + expiresIn * 1000 - marginMs };
    return this.cached;
  }
}
