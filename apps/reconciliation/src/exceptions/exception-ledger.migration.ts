import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exception ledger, kept without a time limit:
 * - `exceptions`: one record per fingerprint, with its status and the latest evidence. The id
 *   is a rising number, so listing newest-first pages by keyset on it.
 * - `exception_events`: every exception event applied, by its event id. It makes a redelivered
 *   event (same id, even at another offset or on another team's topic) change nothing, and it
 *   is the record's occurrence history.
 * - `exception_transitions`: every status change, who made it, when and why; re-openings are
 *   recorded as PARITY's. The record keeps only the current cycle's stamps.
 * The service may add and update records but never delete: the ledger is evidence.
 */
export class ExceptionLedger1764000000000 implements MigrationInterface {
  name = 'ExceptionLedger1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE reconciliation.exceptions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        fingerprint text NOT NULL UNIQUE,
        type text NOT NULL,
        team text NOT NULL,
        severity text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
        occurrences integer NOT NULL,
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        last_event_id text NOT NULL,
        summary text NOT NULL,
        source_topic text,
        source_partition integer,
        source_offset bigint,
        raw_payload_ref text,
        details jsonb NOT NULL,
        reopened_count integer NOT NULL DEFAULT 0,
        last_reopened_at timestamptz,
        acknowledged_by text,
        acknowledged_at timestamptz,
        acknowledged_note text,
        resolved_by text,
        resolved_at timestamptz,
        resolved_note text
      )`);
    // The API filters by any of team, type and status and pages newest first.
    await runner.query(`CREATE INDEX exceptions_by_team ON reconciliation.exceptions (team, id)`);
    await runner.query(`CREATE INDEX exceptions_by_type ON reconciliation.exceptions (type, id)`);
    await runner.query(
      `CREATE INDEX exceptions_by_status ON reconciliation.exceptions (status, id)`,
    );
    await runner.query(`
      CREATE TABLE reconciliation.exception_events (
        event_id text PRIMARY KEY,
        exception_id bigint NOT NULL REFERENCES reconciliation.exceptions (id),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX exception_events_by_exception ON reconciliation.exception_events (exception_id, occurred_at)`,
    );
    await runner.query(`
      CREATE TABLE reconciliation.exception_transitions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        exception_id bigint NOT NULL REFERENCES reconciliation.exceptions (id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        by text NOT NULL,
        note text,
        at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX exception_transitions_by_exception ON reconciliation.exception_transitions (exception_id, id)`,
    );
    await runner.query(`GRANT SELECT, INSERT, UPDATE ON reconciliation.exceptions TO parity_app`);
    await runner.query(
      `GRANT SELECT, INSERT ON reconciliation.exception_events, reconciliation.exception_transitions TO parity_app`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reconciliation.exception_transitions`);
    await runner.query(`DROP TABLE reconciliation.exception_events`);
    await runner.query(`DROP TABLE reconciliation.exceptions`);
  }
}
