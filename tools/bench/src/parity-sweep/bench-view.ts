import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { allocatedOf, depotOf, onHandOf, skuOf, type BenchLayout } from './bench-rows';
import { copyIn } from './copy-in';

const ROWS_PER_CHUNK = 10_000;

/**
 * A copy of reconciliation.stock_parity in a schema of the benchmark's own (LIKE keeps the
 * real table's columns and collations), seeded with COPY and dropped afterwards.
 */
export class BenchView {
  readonly schema = `bench_parity_${randomUUID().slice(0, 8)}`;
  readonly table = `${this.schema}.stock_parity`;
  private readonly owner: Client;

  constructor(ownerUrl: string) {
    this.owner = new Client({ connectionString: ownerUrl });
  }

  async create(): Promise<void> {
    await this.owner.connect();
    const [found] = (
      await this.owner.query(`SELECT to_regclass('reconciliation.stock_parity') AS t`)
    ).rows as { t: string | null }[];
    if (!found?.t) {
      throw new Error(
        'reconciliation.stock_parity is missing: build and migrate the service first (npm start does both)',
      );
    }
    await this.owner.query(`CREATE SCHEMA ${this.schema}`);
    // Without the primary key: building it after the load is much faster than maintaining it.
    await this.owner.query(
      `CREATE TABLE ${this.table} (LIKE reconciliation.stock_parity INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
    );
  }

  /** Loads the layout's rows with COPY, then builds the primary key and statistics. */
  async seed(layout: BenchLayout): Promise<void> {
    await copyIn(
      this.owner,
      `COPY ${this.table} (depot, sku, stock_owner, parity_on_hand, parity_allocated, parity_ats, prima_ats, status)
       FROM STDIN`,
      chunks(layout),
    );
    await this.owner.query(`ALTER TABLE ${this.table} ADD PRIMARY KEY (depot, sku)`);
    await this.owner.query(`ANALYZE ${this.table}`);
  }

  /** The baseline: PostgreSQL counting the table's rows, with no transfer to the client. */
  async count(): Promise<number> {
    const { rows } = await this.owner.query(`SELECT count(*)::int AS n FROM ${this.table}`);
    return (rows[0] as { n: number }).n;
  }

  async drop(): Promise<void> {
    await this.owner.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`).catch(() => undefined);
    await this.owner.end();
  }
}

async function* chunks(layout: BenchLayout): AsyncGenerator<Buffer> {
  for (let start = 0; start < layout.rows; start += ROWS_PER_CHUNK) {
    let text = '';
    for (let i = start; i < Math.min(layout.rows, start + ROWS_PER_CHUNK); i++) {
      const onHand = onHandOf(i);
      const ats = onHand - allocatedOf(i);
      text += `${depotOf(layout, i)}\t${skuOf(i)}\tPEOPLEVOX\t${onHand}\t${allocatedOf(i)}\t${ats}\t${ats}\tIN_PARITY\n`;
    }
    yield Buffer.from(text);
  }
}
