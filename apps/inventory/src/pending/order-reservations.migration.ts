import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `order_reservations`: per approved Prima order and SKU × warehouse depot, the units ordered
 * and the units the WMS has allocated to it since. What is ordered but not yet allocated (and
 * not cancelled) is promised to a customer while the warehouse does not know it: the ledger's
 * `pending`. Either side may arrive first; the row is changed only under the ledger row's lock.
 */
export class InventoryOrderReservations1764100000000 implements MigrationInterface {
  name = 'InventoryOrderReservations1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inventory.order_reservations (
        order_no text NOT NULL,
        sku text NOT NULL,
        depot text NOT NULL,
        ordered bigint NOT NULL DEFAULT 0 CHECK (ordered >= 0),
        allocated bigint NOT NULL DEFAULT 0 CHECK (allocated >= 0),
        cancelled boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (order_no, sku, depot)
      )`);
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE ON inventory.order_reservations TO parity_app`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inventory.order_reservations`);
  }
}
