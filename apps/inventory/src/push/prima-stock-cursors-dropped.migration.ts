import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Edge reads Prima's stock change feed now (erp.stock-levels.v1, its cursor in edge's
 * poll_cursors), so inventory's per-depot cursor of that feed goes. Down restores the empty
 * table: inventory would read each store depot whole once, which changes nothing in the queue.
 */
export class InventoryPrimaStockCursorsDropped1764300000000 implements MigrationInterface {
  name = 'InventoryPrimaStockCursorsDropped1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inventory.prima_stock_cursors`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inventory.prima_stock_cursors (
        depot text PRIMARY KEY,
        modified_since text NOT NULL
      )`);
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE ON inventory.prima_stock_cursors TO parity_app`,
    );
  }
}
