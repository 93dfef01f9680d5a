import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The push half of inventory:
 * - `push_queue`: per target (PRIMA, SITOO, LIGHTSPEED) × depot × SKU, the latest figure to
 *   push and whether it is pushed. `revision` rises with every new figure, `done_revision` is
 *   the one the target last answered (acknowledged or refused), so a burst of changes is one
 *   row and one push. `leased_until` marks a push in flight, so no worker sends it twice.
 * - `sync_lag_alerts`: one row per SYNC_LAG_EXCEEDED raised, per target × depot × SKU and
 *   alert window: what keeps an alert to once per window, not once per event.
 * - `prima_stock_cursors`: per store depot, how far Prima's stock change feed has been read.
 * - `vendor_tokens`: the rotating OAuth pair of inventory's own Lightspeed client.
 */
export class InventoryPushTables1764000000000 implements MigrationInterface {
  name = 'InventoryPushTables1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inventory.push_queue (
        target text NOT NULL CHECK (target IN ('PRIMA', 'SITOO', 'LIGHTSPEED')),
        depot text NOT NULL,
        sku text NOT NULL,
        version bigint NOT NULL,
        ats bigint NOT NULL,
        on_hand bigint NOT NULL,
        pending bigint NOT NULL DEFAULT 0,
        quantity_scale integer NOT NULL,
        changed_at timestamptz NOT NULL,
        revision bigint NOT NULL,
        done_revision bigint NOT NULL DEFAULT 0,
        due_at timestamptz NOT NULL,
        lag_from timestamptz NOT NULL,
        leased_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        window_start timestamptz NOT NULL,
        window_movements integer NOT NULL,
        acked_version bigint,
        acked_ats bigint,
        acked_at timestamptz,
        PRIMARY KEY (target, depot, sku)
      )`);
    await runner.query(`
      CREATE INDEX push_queue_due ON inventory.push_queue (target, due_at)
        WHERE revision > done_revision`);
    await runner.query(`
      CREATE TABLE inventory.sync_lag_alerts (
        target text NOT NULL,
        depot text NOT NULL,
        sku text NOT NULL,
        window_start timestamptz NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target, depot, sku, window_start)
      )`);
    await runner.query(`
      CREATE TABLE inventory.prima_stock_cursors (
        depot text PRIMARY KEY,
        modified_since text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE inventory.vendor_tokens (
        connection text PRIMARY KEY,
        tokens jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE ON inventory.push_queue, inventory.prima_stock_cursors,
         inventory.vendor_tokens TO parity_app`,
    );
    await runner.query(`GRANT SELECT, INSERT ON inventory.sync_lag_alerts TO parity_app`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inventory.vendor_tokens`);
    await runner.query(`DROP TABLE inventory.prima_stock_cursors`);
    await runner.query(`DROP TABLE inventory.sync_lag_alerts`);
    await runner.query(`DROP TABLE inventory.push_queue`);
  }
}
