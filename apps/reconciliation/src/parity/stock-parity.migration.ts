import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The materialized stock-parity view, one row per depot × SKU, kept up to date from
 * inventory.availability.v1, inventory.sync-acks.v1 and wms.stock-movements.v1:
 * - `stock_parity`: what Parity published (parity_*), what the WMS last reported (wms_*),
 *   Prima's acknowledged figure (prima_*, copied from its ack for listing), and the assessed
 *   drift and status. `recheck_at` is when time alone could change the status (an ack
 *   outstanding past its tolerance), so the recheck finds those rows by index.
 * - `stock_parity_acks`: per target (`PRIMA`, or `<system>:<store>` for a till store) the last
 *   acknowledged figure and version, and its last answer (a rejection included).
 * Depot and SKU compare bytewise (COLLATE "C"), so the primary key's order is the order the
 * snapshot sweep merge-joins in, whatever the database's locale.
 */
export class StockParity1764000001000 implements MigrationInterface {
  name = 'StockParity1764000001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE reconciliation.stock_parity (
        depot text COLLATE "C" NOT NULL,
        sku text COLLATE "C" NOT NULL,
        stock_owner text,
        parity_on_hand bigint,
        parity_allocated bigint,
        parity_quarantined bigint,
        parity_pending bigint,
        parity_ats bigint,
        parity_version bigint,
        parity_changed_at timestamptz,
        wms_on_hand bigint,
        wms_allocated bigint,
        wms_levels_at timestamptz,
        wms_sequence bigint,
        wms_last_event_id text,
        wms_last_event_at timestamptz,
        prima_ats bigint,
        prima_version bigint,
        prima_acked_at timestamptz,
        last_ack_at timestamptz,
        last_event_at timestamptz,
        drift bigint NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('IN_PARITY', 'PENDING', 'DRIFTED')),
        recheck_at timestamptz,
        PRIMARY KEY (depot, sku)
      )`);
    await runner.query(
      `CREATE INDEX stock_parity_by_status ON reconciliation.stock_parity (status, depot, sku)`,
    );
    await runner.query(
      `CREATE INDEX stock_parity_by_sku ON reconciliation.stock_parity (sku, depot)`,
    );
    await runner.query(
      `CREATE INDEX stock_parity_recheck ON reconciliation.stock_parity (recheck_at) WHERE recheck_at IS NOT NULL`,
    );
    await runner.query(`
      CREATE TABLE reconciliation.stock_parity_acks (
        depot text COLLATE "C" NOT NULL,
        sku text COLLATE "C" NOT NULL,
        target text NOT NULL,
        system text NOT NULL,
        store text,
        ats bigint,
        availability_version bigint,
        acked_at timestamptz,
        last_status text NOT NULL,
        failure_reason text,
        last_answer_at timestamptz NOT NULL,
        last_event_id text NOT NULL,
        PRIMARY KEY (depot, sku, target),
        FOREIGN KEY (depot, sku) REFERENCES reconciliation.stock_parity (depot, sku)
      )`);
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE ON reconciliation.stock_parity, reconciliation.stock_parity_acks TO parity_app`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reconciliation.stock_parity_acks`);
    await runner.query(`DROP TABLE reconciliation.stock_parity`);
  }
}
