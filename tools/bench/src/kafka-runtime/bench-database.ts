import { kafkaRuntimeTables } from '@parity/kafka';
import { DataSource } from 'typeorm';
import { createStockTableSql } from './stock-table';

/** What a scenario's stock table holds once it is done, to check against what was sent. */
export interface StockTotals {
  readonly rows: number;
  readonly onHand: number;
  /** Each SKU's highest sourceSequence, summed: a lost last movement shows here. */
  readonly lastSequenceSum: number;
}

/**
 * The bench's own database schema, set up as a service's would be: the runtime's migration
 * (kafka_inbox, kafka_outbox) and the stock tables run as the owner role, the scenarios as
 * the least-privilege app role. Dropped, with everything in it, at the end.
 */
export class BenchDatabase {
  readonly schema: string;
  private readonly owner: DataSource;

  constructor(
    runId: string,
    private readonly urls: { readonly owner: string; readonly app: string },
  ) {
    this.schema = `bench_${runId}`;
    this.owner = new DataSource({ type: 'postgres', url: urls.owner, extra: { max: 2 } });
  }

  async create(): Promise<void> {
    await this.owner.initialize();
    const runner = this.owner.createQueryRunner();
    try {
      await new (kafkaRuntimeTables(this.schema))().up(runner);
    } finally {
      await runner.release();
    }
  }

  /** Creates a scenario's stock table and returns its qualified name. */
  async stockTable(scenario: string): Promise<string> {
    const table = `"${this.schema}"."stock_${scenario}"`;
    await this.owner.query(createStockTableSql(table));
    await this.owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO parity_app`);
    return table;
  }

  /** A pool as the app role; the caller destroys it. */
  async connect(poolSize: number): Promise<DataSource> {
    const db = new DataSource({ type: 'postgres', url: this.urls.app, extra: { max: poolSize } });
    return db.initialize();
  }

  async totals(table: string): Promise<StockTotals> {
    const [row] = (await this.owner.query(
      `SELECT count(*)::int AS rows, coalesce(sum(on_hand), 0)::text AS on_hand,
              coalesce(sum(last_sequence), 0)::text AS last_sequence_sum FROM ${table}`,
    )) as { rows: number; on_hand: string; last_sequence_sum: string }[];
    return {
      rows: row?.rows ?? 0,
      onHand: Number(row?.on_hand ?? 0),
      lastSequenceSum: Number(row?.last_sequence_sum ?? 0),
    };
  }

  async serverVersion(): Promise<string> {
    const [row] = (await this.owner.query('SHOW server_version')) as { server_version: string }[];
    return row?.server_version ?? 'unknown';
  }

  async drop(): Promise<void> {
    if (!this.owner.isInitialized) return;
    await this.owner.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    await this.owner.destroy();
  }
}
