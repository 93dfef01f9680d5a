import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inventory's own tables:
 * - `stock_ledger`: per SKU and depot, the figures, the last source sequence applied (what
 *   makes duplicates and replays harmless) and the availability version last published.
 * - `stock_movements`: every movement applied, with what did not add up; the evidence behind
 *   each figure, so the service may add to it but never change it.
 * - `safety_buffers`: units held back from available-to-sell for a SKU, overriding
 *   INVENTORY_SAFETY_BUFFER; kept by operators, read by the service.
 * - `snapshot_requests`: SKU × depot pairs whose owner must be re-read (a contradiction, a
 *   sequence gap); at most one open per pair, answered by the snapshot worker or by a
 *   SNAPSHOT movement.
 */
export class InventoryTables1763900000000 implements MigrationInterface {
  name = 'InventoryTables1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inventory.stock_ledger (
        sku text NOT NULL,
        depot text NOT NULL,
        on_hand bigint NOT NULL CHECK (on_hand >= 0),
        allocated bigint NOT NULL CHECK (allocated >= 0),
        quarantined bigint NOT NULL CHECK (quarantined >= 0),
        pending bigint NOT NULL DEFAULT 0 CHECK (pending >= 0),
        quantity_scale integer NOT NULL DEFAULT 0,
        last_sequence bigint,
        version bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sku, depot)
      )`);
    await runner.query(`
      CREATE TABLE inventory.stock_movements (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text NOT NULL,
        sku text NOT NULL,
        depot text NOT NULL,
        kind text NOT NULL,
        quantity bigint NOT NULL,
        quantity_scale integer NOT NULL,
        condition text NOT NULL,
        source_sequence bigint,
        occurred_at timestamptz NOT NULL,
        archive_ref text,
        discrepancy text,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX stock_movements_by_pair ON inventory.stock_movements (sku, depot, id)`,
    );
    await runner.query(`
      CREATE TABLE inventory.safety_buffers (
        sku text PRIMARY KEY,
        units bigint NOT NULL CHECK (units >= 0)
      )`);
    await runner.query(`
      CREATE TABLE inventory.snapshot_requests (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        sku text NOT NULL,
        depot text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('CONTRADICTION', 'SEQUENCE_GAP')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_attempt_at timestamptz,
        resolved_at timestamptz,
        resolution text CHECK (resolution IN ('SOURCE_SNAPSHOT', 'OWNER_READ'))
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX snapshot_requests_one_open
        ON inventory.snapshot_requests (sku, depot) WHERE resolved_at IS NULL`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE ON inventory.stock_ledger TO parity_app`);
    await runner.query(`GRANT SELECT, INSERT ON inventory.stock_movements TO parity_app`);
    await runner.query(`GRANT SELECT ON inventory.safety_buffers TO parity_app`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE ON inventory.snapshot_requests TO parity_app`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inventory.snapshot_requests`);
    await runner.query(`DROP TABLE inventory.safety_buffers`);
    await runner.query(`DROP TABLE inventory.stock_movements`);
    await runner.query(`DROP TABLE inventory.stock_ledger`);
  }
}
