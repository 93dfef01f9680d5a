import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The world model, every version of it: one row per version with the whole world (its tables
 * as JSON), who made it, when, why and the change set that made it from the one before, so the
 * history is its own audit trail and any version can be read back whole. The service may add
 * versions but never alter or delete one.
 */
export class WorldModel1764000002000 implements MigrationInterface {
  name = 'WorldModel1764000002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE reconciliation.world_versions (
        version bigint PRIMARY KEY CHECK (version > 0),
        tables jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        note text,
        change jsonb NOT NULL
      )`);
    await runner.query(`GRANT SELECT, INSERT ON reconciliation.world_versions TO parity_app`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reconciliation.world_versions`);
  }
}
