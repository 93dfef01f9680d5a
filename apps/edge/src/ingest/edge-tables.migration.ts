import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Edge's own tables:
 * - `inbound_archive`: every payload a vendor sent, byte for byte, with what became of it
 *   (ACCEPTED, DUPLICATE, REJECTED, UNAUTHENTICATED) and why. Written in the same transaction
 *   as the events it produced (through the outbox), so acceptance and publication cannot
 *   diverge and the archive is the durable buffer while Kafka is away. The partial unique
 *   index is what makes a redelivered payload produce its events only once; rejected ones do
 *   not count, so a payload rejected for a missing mapping is accepted when re-sent later.
 * - `poll_cursors`: where each poller got to, advanced in the transaction that archived the
 *   records it read, so a restart resumes without loss or repetition.
 * - `vendor_tokens`: OAuth tokens a vendor rotates on every refresh (Lightspeed), kept so that
 *   exactly one owner refreshes them and a restart does not lose the only valid refresh token.
 */
export class EdgeTables1763800000000 implements MigrationInterface {
  name = 'EdgeTables1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE edge.inbound_archive (
        id uuid PRIMARY KEY,
        vendor text NOT NULL,
        channel text NOT NULL,
        received_at timestamptz NOT NULL,
        remote_address text,
        headers jsonb NOT NULL,
        content_type text NOT NULL,
        body bytea NOT NULL,
        dedupe_key text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('ACCEPTED', 'DUPLICATE', 'REJECTED', 'UNAUTHENTICATED')),
        error_code text,
        error_message text,
        event_ids text[] NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX inbound_archive_accepted_once
        ON edge.inbound_archive (vendor, channel, dedupe_key) WHERE outcome = 'ACCEPTED'`);
    await runner.query(
      `CREATE INDEX inbound_archive_by_time ON edge.inbound_archive (vendor, received_at)`,
    );
    await runner.query(`
      CREATE TABLE edge.poll_cursors (
        poller text PRIMARY KEY,
        cursor text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE edge.vendor_tokens (
        connection text PRIMARY KEY,
        tokens jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The archive is evidence: the service may add to it but never change or delete it.
    await runner.query(`GRANT SELECT, INSERT ON edge.inbound_archive TO parity_app`);
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE ON edge.poll_cursors, edge.vendor_tokens TO parity_app`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE edge.vendor_tokens`);
    await runner.query(`DROP TABLE edge.poll_cursors`);
    await runner.query(`DROP TABLE edge.inbound_archive`);
  }
}
