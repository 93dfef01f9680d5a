import { ConnectorError } from '../http/connector-error';
import { VendorHttp, type VendorAuth } from '../http/vendor-http';

/** An account's OAuth pair; both halves change on every refresh. */
export interface LightspeedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Epoch millis. */
  readonly expiresAt: number;
}

/**
 * Where an account's tokens live between processes. Edge keeps them in PostgreSQL behind a row
 * lock; whoever refreshes must `save` the rotated pair before using it, because the refresh
 * token it spent is already dead at Lightspeed.
 */
export interface LightspeedTokenStore {
  load(): Promise<LightspeedTokens>;
  save(tokens: LightspeedTokens): Promise<void>;
}

export interface LightspeedTokenServiceOptions {
  readonly store: LightspeedTokenStore;
  readonly clientId: string;
  readonly clientSecret: string;
  /** `https://cloud.lightspeedapp.com/auth/oauth/token`. */
  readonly tokenUrl: string;
  /** Refresh this long before expiry, so a request does not leave with a dying token. */
  readonly expiryMarginMs?: number;
  readonly now?: () => number;
  readonly timeoutMs?: number;
}

interface TokenResponse {
  access_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
}

/**
 * The one owner of refreshes for an account in this process. Lightspeed rotates both tokens on
 * every refresh and kills the old refresh token at once, so two refreshes racing each other
 * leave one caller with a dead token. Concurrent callers share a single refresh; before
 * refreshing, the store is read again because another process may have rotated already.
 */
export class LightspeedTokenService implements VendorAuth {
  private cached: LightspeedTokens | undefined;
  private rotation: Promise<LightspeedTokens> | undefined;
  private readonly http: VendorHttp;
  private readonly now: () => number;
  private readonly marginMs: number;

  constructor(private readonly options: LightspeedTokenServiceOptions) {
    this.now = options.now ?? Date.now;
    this.marginMs = options.expiryMarginMs ?? 60_000;
    // A refresh is a POST and never retried: a lost answer has already spent the old token.
    this.http = new VendorHttp({
      vendor: 'lightspeed',
      baseUrl: options.tokenUrl,
      timeoutMs: options.timeoutMs,
    });
  }

  async headers(): Promise<Record<string, string>> {
    this.cached ??= await this.options.store.load();
    const tokens = this.usable(this.cached)
      ? this.cached
      : await this.rotateOnce(this.cached.accessToken);
    return { authorization: `Bearer ${tokens.accessToken}` };
  }

  /** After a 401: the token Lightspeed refused is stale, unless someone already replaced it. */
  async refresh(rejectedHeaders: Record<string, string>): Promise<void> {
    const refused = /^Bearer (.+)$/.exec(rejectedHeaders['authorization'] ?? '')?.[1] ?? '';
    await this.rotateOnce(refused);
  }

  private rotateOnce(staleAccessToken: string): Promise<LightspeedTokens> {
    this.rotation ??= this.rotate(staleAccessToken).finally(() => {
      this.rotation = undefined;
    });
    return this.rotation;
  }

  private async rotate(staleAccessToken: string): Promise<LightspeedTokens> {
    const stored = await this.options.store.load();
    if (stored.accessToken !== staleAccessToken && this.usable(stored)) return this.adopt(stored);
    let next: LightspeedTokens;
    try {
      next = await this.exchange(stored.refreshToken);
    } catch (error) {
      // Refused: another process may have spent the refresh token between our read and now.
      const again = await this.options.store.load();
      if (again.refreshToken !== stored.refreshToken && this.usable(again))
        return this.adopt(again);
      throw error;
    }
    await this.options.store.save(next);
    return this.adopt(next);
  }

  private async exchange(refreshToken: string): Promise<LightspeedTokens> {
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
      refresh_token: refreshToken,
    });
    const answer = await this.http.json<TokenResponse>({
      operation: 'refreshToken',
      method: 'POST',
      path: '',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const { access_token, refresh_token, expires_in } = answer;
    if (typeof access_token !== 'string' || typeof refresh_token !== 'string') {
      throw new ConnectorError(
        'lightspeed',
        'refreshToken',
        'CONNECTOR.BAD_RESPONSE',
        'the token endpoint answered without both tokens',
      );
    }
    const lifetimeSeconds = Number(expires_in);
    return {
      accessToken: access_token,
      refreshToken: refresh_token,
      expiresAt: this.now() + (Number.isFinite(lifetimeSeconds) ? lifetimeSeconds : 0) * 1000,
    };
  }

  private adopt(tokens: LightspeedTokens): LightspeedTokens {
    this.cached = tokens;
    return tokens;
  }

  private usable(tokens: LightspeedTokens): boolean {
    return tokens.expiresAt - this.marginMs > this.now();
  }
}
