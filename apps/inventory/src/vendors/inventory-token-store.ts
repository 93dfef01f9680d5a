import type { LightspeedTokens, LightspeedTokenStore } from '@parity/connectors';
import type { DataSource } from 'typeorm';

/**
 * The rotating Lightspeed tokens of inventory's own OAuth client, in inventory.vendor_tokens.
 * Lightspeed kills a refresh token the moment it is used, so exactly one component may rotate
 * a client's pair: edge rotates the pair of its client (for polling sales), inventory the pair
 * of this one (for pushing stock). Within inventory, the token service shares one refresh
 * between concurrent callers and re-reads the store first, so several replicas converge.
 */
export class InventoryTokenStore implements LightspeedTokenStore {
  constructor(
    private readonly db: DataSource,
    private readonly connection: string,
    /** The refresh token from authorising inventory's client; used until the first rotation. */
    private readonly initialRefreshToken: string,
  ) {}

  async load(): Promise<LightspeedTokens> {
    const rows: { tokens: LightspeedTokens }[] = await this.db.query(
      `SELECT tokens FROM inventory.vendor_tokens WHERE connection = $1`,
      [this.connection],
    );
    return (
      rows[0]?.tokens ?? { accessToken: '', refreshToken: this.initialRefreshToken, expiresAt: 0 }
    );
  }

  async save(tokens: LightspeedTokens): Promise<void> {
    await this.db.query(
      `INSERT INTO inventory.vendor_tokens (connection, tokens, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (connection) DO UPDATE SET tokens = excluded.tokens, updated_at = now()`,
      [this.connection, JSON.stringify(tokens)],
    );
  }
}
