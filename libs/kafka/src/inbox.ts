import type { EntityManager } from 'typeorm';

export interface PartitionRef {
  readonly group: string;
  readonly topic: string;
  readonly partition: number;
}

/** Reads and advances per-key high-water offsets inside the caller's transaction. */
export class Inbox {
  constructor(private readonly schema: string) {}

  /** The last applied offset of each key that has one, locking those rows for this transaction. */
  async applied(
    tx: EntityManager,
    ref: PartitionRef,
    keys: readonly string[],
  ): Promise<Map<string, bigint>> {
    const rows: { message_key: string; last_offset: string }[] = await tx.query(
      `SELECT message_key, last_offset FROM "${this.schema}".kafka_inbox
        WHERE consumer_group = $1 AND topic = $2 AND partition = $3 AND message_key = ANY($4::text[])
        FOR UPDATE`,
      [ref.group, ref.topic, ref.partition, keys],
    );
    return new Map(rows.map((row) => [row.message_key, BigInt(row.last_offset)]));
  }

  /** Records each key's new high-water offset; never moves one backwards. */
  async advance(
    tx: EntityManager,
    ref: PartitionRef,
    offsets: ReadonlyMap<string, bigint>,
  ): Promise<void> {
    if (offsets.size === 0) return;
    await tx.query(
      `INSERT INTO "${this.schema}".kafka_inbox AS inbox (consumer_group, topic, partition, message_key, last_offset)
       SELECT $1, $2, $3, key, "offset" FROM unnest($4::text[], $5::bigint[]) AS t(key, "offset")
       ON CONFLICT (consumer_group, topic, partition, message_key)
       DO UPDATE SET last_offset = EXCLUDED.last_offset WHERE inbox.last_offset < EXCLUDED.last_offset`,
      [ref.group, ref.topic, ref.partition, [...offsets.keys()], [...offsets.values()].map(String)],
    );
  }
}
