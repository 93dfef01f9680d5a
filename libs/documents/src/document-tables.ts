import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The document runtime's tables, in the schema of the service that writes the documents:
 * - `documents`: one row per type × business key. `revision` rises with every new request
 *   (a `latest-wins` figure changing); `done_revision` is the last the vendor answered, so
 *   the row is PENDING while it is behind. `leased_until` + `lease_token` mark a write in
 *   flight, so no two workers send it at once and a crashed worker's claim runs out.
 *   `arisen_at` is when the latest request's obligation arose at its source, `pending_since`
 *   when the oldest unanswered one did (age, SLA, sync lag).
 * - `document_audit`: every operator action (retry, cancel) with who, when, why and what.
 */
export function documentRuntimeTables(schema: string): new () => MigrationInterface {
  return class DocumentRuntimeTables1765000000000 implements MigrationInterface {
    name = 'DocumentRuntimeTables1765000000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`
        CREATE TABLE "${schema}".documents (
          id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
          type text NOT NULL,
          key text NOT NULL,
          target text NOT NULL,
          sequence_key text,
          payload jsonb NOT NULL,
          version bigint NOT NULL DEFAULT 0,
          revision bigint NOT NULL DEFAULT 1,
          done_revision bigint NOT NULL DEFAULT 0,
          status text NOT NULL DEFAULT 'PENDING'
            CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED', 'CANCELLED')),
          requested_at timestamptz NOT NULL DEFAULT now(),
          arisen_at timestamptz NOT NULL,
          pending_since timestamptz NOT NULL,
          due_at timestamptz NOT NULL,
          leased_until timestamptz,
          lease_token uuid,
          attempts integer NOT NULL DEFAULT 0,
          last_error text,
          vendor_ref text,
          confirmed_payload jsonb,
          confirmed_version bigint,
          answered_at timestamptz,
          stuck_at timestamptz,
          PRIMARY KEY (type, key)
        )`);
      await runner.query(`
        CREATE INDEX documents_due ON "${schema}".documents (type, due_at)
          WHERE status = 'PENDING'`);
      await runner.query(`
        CREATE INDEX documents_sequence ON "${schema}".documents (sequence_key, id)
          WHERE status = 'PENDING' AND sequence_key IS NOT NULL`);
      await runner.query(`
        CREATE INDEX documents_waiting ON "${schema}".documents (type, pending_since)
          WHERE status = 'PENDING' AND stuck_at IS NULL`);
      await runner.query(`
        CREATE TABLE "${schema}".document_audit (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT now(),
          actor text NOT NULL,
          action text NOT NULL,
          reason text NOT NULL,
          filter jsonb NOT NULL,
          affected integer NOT NULL
        )`);
      await runner.query(`GRANT SELECT, INSERT, UPDATE ON "${schema}".documents TO parity_app`);
      // The audit is append-only for the service.
      await runner.query(`GRANT SELECT, INSERT ON "${schema}".document_audit TO parity_app`);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE "${schema}".document_audit`);
      await runner.query(`DROP TABLE "${schema}".documents`);
    }
  };
}

/**
 * `documents.outcome`: how the vendor took a confirmed document, in its type's words
 * (`CREATED`, `UPDATED`, `UNCHANGED`, `RETIRED`), so a load's progress can say what it made.
 * A service lists it after `documentRuntimeTables`.
 */
export function documentOutcomes(schema: string): new () => MigrationInterface {
  return class DocumentOutcomes1765300000000 implements MigrationInterface {
    name = 'DocumentOutcomes1765300000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`ALTER TABLE "${schema}".documents ADD COLUMN outcome text`);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`ALTER TABLE "${schema}".documents DROP COLUMN outcome`);
    }
  };
}
