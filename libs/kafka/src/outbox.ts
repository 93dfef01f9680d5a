import type { EntityManager } from 'typeorm';

/** A record bound for Kafka, already encoded, so what is stored is exactly what is sent. */
export interface OutboxRecord {
  readonly topic: string;
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Adds records to the outbox inside the caller's transaction: they are published if and
 * only if that transaction commits. `pg_notify` wakes the relay at commit time so the
 * latency is the relay's, not its polling interval's.
 */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  async add(tx: EntityManager, records: readonly OutboxRecord[]): Promise<void> {
    if (records.length === 0) return;
    await tx.query(
      `INSERT INTO "${this.schema}".kafka_outbox (topic, message_key, value, headers)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::jsonb[])`,
      [
        records.map((r) => r.topic),
        records.map((r) => r.key),
        records.map((r) => r.value),
        records.map((r) => JSON.stringify(r.headers)),
      ],
    );
    await tx.query(`SELECT pg_notify($1, '')`, [outboxChannel(this.schema)]);
  }
}

export function outboxChannel(schema: string): string {
  return `${schema}_kafka_outbox`;
}
