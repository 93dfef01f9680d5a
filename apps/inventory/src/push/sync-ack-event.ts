import type { SyncAck } from '@parity/contracts';
import type { DepotMap } from '../depots/depot-settings';
import type { PushAnswer } from './pusher';

/** The `producedBy` of every sync ack. */
export const SYNC_ACK_PRODUCER = 'inventory/push';

type Answered = Exclude<PushAnswer, { kind: 'RETRY' }>;

/**
 * The SyncAck of a target's answer, keyed `depot:sku` by the catalog. Its occurredAt is when
 * the target answered and changedAt when the figure changed at its source, so a reader gets
 * the flow's sync lag from the event alone.
 */
export function syncAckOf(answer: Answered, depots: DepotMap): SyncAck {
  const { push } = answer;
  return {
    header: {
      eventId: `inventory:sync-ack:${push.target}:${push.depot}:${push.sku}:${push.revision}`,
      source: push.target,
      producedBy: SYNC_ACK_PRODUCER,
      occurredAt: answer.answeredAt,
      sourceTimeZone: 'UTC',
      archiveRef: null,
    },
    sku: push.sku,
    depot: push.depot,
    target: push.target,
    store: push.target === 'PRIMA' ? null : (depots[push.depot]?.store ?? null),
    availabilityVersion: push.version,
    ats: push.ats,
    quantityScale: push.quantityScale,
    changedAt: push.changedAt,
    status: answer.kind,
    failureReason: answer.kind === 'REJECTED' ? answer.reason : null,
  };
}
