import type { EntityManager } from 'typeorm';
import type { RawMessage } from './consumed-message';
import { REPLAY_HEADER } from './dead-letters';

/**
 * The inbox of replayed dead letters. A replay re-publishes a dead letter at a new offset of
 * its source topic, which the per-key offset inbox cannot tell from a new message; this one
 * records each replay's identity (its `parity-replay-of` header) per consumer group in
 * `kafka_replays`, inside the lane's transaction, so a second copy of the same replay has no
 * effect. Lanes without replayed messages, nearly all of them, cost no query.
 */
export class ReplayInbox {
  constructor(private readonly schema: string) {}

  /**
   * The messages to apply, in their order: every message that is not a replay, and each replay
   * meant for this group the first time it arrives, which this claims. A concurrent claim of
   * the same replay waits for the other transaction and, if that commits, loses.
   */
  async admit<M extends { readonly raw: RawMessage }>(
    tx: EntityManager,
    group: string,
    messages: readonly M[],
  ): Promise<M[]> {
    if (!messages.some((m) => replayOf(m.raw) !== undefined)) return [...messages];
    const ids = [
      ...new Set(messages.filter((m) => isFor(group, m.raw)).flatMap((m) => replayOf(m.raw) ?? [])),
    ];
    const rows: { replay_of: string }[] =
      ids.length === 0
        ? []
        : await tx.query(
            `INSERT INTO "${this.schema}".kafka_replays (consumer_group, replay_of)
             SELECT $1, unnest($2::text[])
             ON CONFLICT DO NOTHING
             RETURNING replay_of`,
            [group, ids],
          );
    const claimed = new Set(rows.map((row) => row.replay_of));
    return messages.filter((m) => {
      const id = replayOf(m.raw);
      if (id === undefined) return true;
      // delete(): true for the first copy in this lane only.
      return isFor(group, m.raw) && claimed.delete(id);
    });
  }

  /**
   * Drops the claims of replays that were dead-lettered again (the cause was not fixed yet),
   * so that a later replay, of either dead letter, is applied once the cause is fixed.
   */
  async release(tx: EntityManager, group: string, messages: readonly RawMessage[]): Promise<void> {
    const ids = messages.flatMap((m) => replayOf(m) ?? []);
    if (ids.length === 0) return;
    await tx.query(
      `DELETE FROM "${this.schema}".kafka_replays WHERE consumer_group = $1 AND replay_of = ANY($2::text[])`,
      [group, ids],
    );
  }
}

function replayOf(message: RawMessage): string | undefined {
  return message.headers[REPLAY_HEADER.replayOf];
}

// Every group of the source topic sees the copy; only the one that dead-lettered it applies it.
// A replay without a group header is taken as meant for whoever reads it.
function isFor(group: string, message: RawMessage): boolean {
  const target = message.headers[REPLAY_HEADER.group];
  return target === undefined || target === group;
}
