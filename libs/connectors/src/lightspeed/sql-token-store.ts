import type { LightspeedTokens, LightspeedTokenStore } from './lightspeed-tokens';

/** The one thing the store needs of a database: a parameterised query (TypeORM's DataSource has it). */
export interface SqlQueryRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * An account's rotating Lightspeed pair in a service's own `<schema>.vendor_tokens` table. The
 * refresh token is the only key to the account once the first one is spent, so it lives in the
 * database, not in memory: a restart, or another replica, carries on with the last pair saved.
 * Each service rotates the pair of its own OAuth client in its own table (Lightspeed kills a
 * refresh token the moment it is used, so only one component may rotate a client's pair).
 */
export class SqlTokenStore implements LightspeedTokenStore {
  constructor(
    private readonly db: SqlQueryRunner,
    /** Schema-qualified, e.g. `edge.vendor_tokens`; written by the service's own migration. */
    private readonly table: string,
    private readonly connection: string,
    /** The refresh token from authorising the service's client; used until the first rotation. */
    private readonly initialRefreshToken: string,
  ) {}

  async load(): Promise<LightspeedTokens> {
    const rows = (await this.db.query(`SELECT tokens FROM ${this.table} WHERE connection = $1`, [
      this.connection,
    ])) as { tokens: LightspeedTokens }[];
    return (
      rows[0]?.tokens ?? { accessToken: '', refreshToken: this.initialRefreshToken, expiresAt: 0 }
    );
  }

  async save(tokens: LightspeedTokens): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.table} (connection, tokens, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (connection) DO UPDATE SET tokens = excluded.tokens, updated_at = now()`,
      [this.connection, JSON.stringify(tokens)],
    );
  }
}
