import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The runtime's own tables, in the schema of the service that uses it:
 * - `kafka_inbox`: per consumer group, topic, partition and key, the last offset whose
 *   effects are committed. Written in the same transaction as those effects, so a
 *   redelivered message (after a crash, a rebalance or a replay of the same offset) is
 *   recognised and skipped. One row per key, not per event, keeps it small and cheap.
 * - `kafka_outbox`: records to publish, written in the same transaction as the state change
 *   that caused them; the relay sends them in id order and deletes them once Kafka has them.
 * - `kafka_replays`: per consumer group, the replays of dead letters it has applied (their
 *   `parity-replay-of` header). A replay arrives at a new offset, which `kafka_inbox` would
 *   take for a new message, so this is what makes replaying a record twice harmless.
 */
export function kafkaRuntimeTables(schema: string): new () => MigrationInterface {
  return class KafkaRuntimeTables1732300000001 implements MigrationInterface {
    name = 'KafkaRuntimeTables1732300000001';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await runner.query(`GRANT USAGE ON SCHEMA "${schema}" TO parity_app`);
      await runner.query(`
        CREATE TABLE "${schema}".kafka_inbox (
          consumer_group text NOT NULL,
          topic text NOT NULL,
          partition integer NOT NULL,
          message_key text NOT NULL,
          last_offset bigint NOT NULL,
          PRIMARY KEY (consumer_group, topic, partition, message_key)
        )`);
      await runner.query(`
        CREATE TABLE "${schema}".kafka_outbox (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          topic text NOT NULL,
          message_key text,
          value bytea,
          headers jsonb NOT NULL DEFAULT '{}',
          created_at timestamptz NOT NULL DEFAULT now()
        )`);
      await runner.query(`
        CREATE TABLE "${schema}".kafka_replays (
          consumer_group text NOT NULL,
          replay_of text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (consumer_group, replay_of)
        )`);
      await runner.query(
        `GRANT SELECT, INSERT, UPDATE, DELETE ON "${schema}".kafka_inbox, "${schema}".kafka_outbox, "${schema}".kafka_replays TO parity_app`,
      );
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`DROP TABLE "${schema}".kafka_replays`);
      await runner.query(`DROP TABLE "${schema}".kafka_outbox`);
      await runner.query(`DROP TABLE "${schema}".kafka_inbox`);
    }
  };
}
