import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ATS pushes move onto the document runtime (`inventory.documents`, made by the runtime's own
 * migration just before this one): the queued figures are carried over as ATS push documents
 * (type `ATS_PUSH:<target>`, key `depot:sku`), what each target last acknowledged with them,
 * and the push queue's velocity window becomes `push_velocity`, the one thing about a push
 * that is inventory's own (whether a pair is hot).
 */
export class InventoryPushesAsDocuments1765100000000 implements MigrationInterface {
  name = 'InventoryPushesAsDocuments1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inventory.push_velocity (
        target text NOT NULL,
        depot text NOT NULL,
        sku text NOT NULL,
        window_start timestamptz NOT NULL,
        window_movements integer NOT NULL,
        PRIMARY KEY (target, depot, sku)
      )`);
    await runner.query(`
      INSERT INTO inventory.push_velocity (target, depot, sku, window_start, window_movements)
      SELECT target, depot, sku, window_start, window_movements FROM inventory.push_queue`);
    await runner.query(`
      INSERT INTO inventory.documents
        (type, key, target, payload, version, revision, done_revision, status, arisen_at,
         pending_since, due_at, attempts, confirmed_payload, confirmed_version, answered_at)
      SELECT 'ATS_PUSH:' || target, depot || ':' || sku, target, figure, version, revision,
             done_revision, CASE WHEN revision > done_revision THEN 'PENDING' ELSE 'CONFIRMED' END,
             changed_at, lag_from, due_at, attempts,
             CASE WHEN acked_version IS NOT NULL
                  THEN figure || jsonb_build_object('ats', acked_ats) END,
             acked_version, acked_at
        FROM (SELECT q.*, jsonb_build_object(
                       'depot', depot, 'sku', sku, 'ats', ats, 'onHand', on_hand,
                       'pending', pending, 'quantityScale', quantity_scale,
                       'changedAt', (extract(epoch FROM changed_at) * 1000)::bigint) AS figure
                FROM inventory.push_queue q) queued`);
    await runner.query(`DROP TABLE inventory.push_queue`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE ON inventory.push_velocity TO parity_app`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inventory.push_velocity`);
    // The queued figures stay in inventory.documents; pushes start again from the next change.
  }
}
