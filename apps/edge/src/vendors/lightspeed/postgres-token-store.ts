import type { LightspeedTokens, LightspeedTokenStore } from '@parity/connectors';
import type { DataSource } from 'typeorm';

/**
 * An account's rotating Lightspeed tokens in `edge.vendor_tokens`. The refresh token is the only
 * key to the account once the first one is spent, so it lives in the database, not in memory:
 * a restart, or the next poll leader, carries on with the last pair saved. Only the poll leader
 * refreshes (the poll round holds the source's advisory lock), which makes it the single owner
 * of rotation that Lightspeed requires.
 */
export class PostgresTokenStore implements LightspeedTokenStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: string,
    /** The refresh token an operator obtained by authorising Parity; used until the first rotation. */
    private readonly initialRefreshToken: string,
  ) {}

  async load(): Promise<LightspeedTokens> {
    const rows: { tokens: LightspeedTokens }[] = await this.dataSource.query(
      `SELECT tokens FROM edge.vendor_tokens WHERE connection = $1`,
      [this.connection],
    );
    return (
      rows[0]?.tokens ?? { accessToken: '', refreshToken: this.initialRefreshToken, expiresAt: 0 }
    );
  }

  async save(tokens: LightspeedTokens): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO edge.vendor_tokens (connection, tokens, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (connection) DO UPDATE SET tokens = excluded.tokens, updated_at = now()`,
      [this.connection, JSON.stringify(tokens)],
    );
  }
}
