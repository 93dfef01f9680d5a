import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The item master as inventory pushes it to every WMS and till (catalogue/README.md):
 * - `catalogue_items`: Prima's latest item per SKU (its erp.items.v1 version), the targets it
 *   must exist in, and `ready_at`, set once it exists in all of them: until then the SKU is
 *   not sellable (its available-to-sell is published as 0).
 * - `catalogue_presence`: per SKU × target, the version the target confirmed holding (null
 *   while it holds none) and the target's own id for it.
 * - `catalogue_refusals`: SKU × target pairs whose refusal raised an exception still open, so
 *   the confirmation that ends it publishes its clearance (and no other confirmation does).
 */
export class InventoryCatalogue1765200000000 implements MigrationInterface {
  name = 'InventoryCatalogue1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inventory.catalogue_items (
        sku text PRIMARY KEY,
        version bigint NOT NULL,
        targets text[] NOT NULL,
        announced_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz
      )`);
    await runner.query(`
      CREATE INDEX catalogue_items_not_ready ON inventory.catalogue_items (sku)
        WHERE ready_at IS NULL`);
    await runner.query(`
      CREATE TABLE inventory.catalogue_presence (
        sku text NOT NULL,
        target text NOT NULL,
        version bigint NOT NULL,
        vendor_ref text NOT NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sku, target)
      )`);
    await runner.query(`
      CREATE TABLE inventory.catalogue_refusals (
        sku text NOT NULL,
        target text NOT NULL,
        type text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sku, target)
      )`);
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE ON inventory.catalogue_items, inventory.catalogue_presence TO parity_app`,
    );
    // A refusal's record ends when the target confirms the item: the row goes with it.
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON inventory.catalogue_refusals TO parity_app`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inventory.catalogue_refusals`);
    await runner.query(`DROP TABLE inventory.catalogue_presence`);
    await runner.query(`DROP TABLE inventory.catalogue_items`);
  }
}
