import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service may delete queued pushes (PushQueueRepository.discardUnconfigured).
 *
 * `stock_ledger.baselined`: whether the owner's own figures have reached the pair (a SNAPSHOT
 * movement, or a read of its API). Before that the ledger holds only the movements since
 * Parity started listening, so with INVENTORY_BASELINE_FROM_OWNER its figure is not pushed;
 * BASELINE snapshot requests ask the owner. Existing rows were built before the flag existed
 * and are taken as baselined.
 */
export class InventoryBaselinesAndQueueCleanup1764200000000 implements MigrationInterface {
  name = 'InventoryBaselinesAndQueueCleanup1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`GRANT DELETE ON inventory.push_queue TO parity_app`);
    await runner.query(
      `ALTER TABLE inventory.stock_ledger ADD COLUMN baselined boolean NOT NULL DEFAULT true`,
    );
    await runner.query(
      `ALTER TABLE inventory.stock_ledger ALTER COLUMN baselined SET DEFAULT false`,
    );
    await runner.query(
      `ALTER TABLE inventory.snapshot_requests DROP CONSTRAINT snapshot_requests_reason_check`,
    );
    await runner.query(
      `ALTER TABLE inventory.snapshot_requests ADD CONSTRAINT snapshot_requests_reason_check
         CHECK (reason IN ('CONTRADICTION', 'SEQUENCE_GAP', 'BASELINE', 'DRIFT'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE inventory.snapshot_requests DROP CONSTRAINT snapshot_requests_reason_check`,
    );
    await runner.query(
      `ALTER TABLE inventory.snapshot_requests ADD CONSTRAINT snapshot_requests_reason_check
         CHECK (reason IN ('CONTRADICTION', 'SEQUENCE_GAP'))`,
    );
    await runner.query(`ALTER TABLE inventory.stock_ledger DROP COLUMN baselined`);
    await runner.query(`REVOKE DELETE ON inventory.push_queue FROM parity_app`);
  }
}
