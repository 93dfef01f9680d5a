import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `catalogue_items.style_code`: the style an item belongs to, so each item asked of a target
 * names its style's other SKUs (a target that groups variants finds the group made for them).
 */
export class InventoryCatalogueStyles1765400000000 implements MigrationInterface {
  name = 'InventoryCatalogueStyles1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE inventory.catalogue_items ADD COLUMN style_code text`);
    await runner.query(
      `CREATE INDEX catalogue_items_style ON inventory.catalogue_items (style_code) WHERE style_code IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE inventory.catalogue_items DROP COLUMN style_code`);
  }
}
