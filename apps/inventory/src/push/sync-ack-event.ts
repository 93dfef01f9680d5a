import type { SyncAck } from '@parity/contracts';
import type { InventoryDepots } from '../depots/inventory-depots';
import type { Answered } from '@parity/documents';
import { targetOf, type PushFigure } from './push-target';

/** The `producedBy` of every sync ack. */
export const SYNC_ACK_PRODUCER = 'inventory/push';

/**
 * The SyncAck of a target's answer, keyed `depot:sku` by the catalog. Its occurredAt is when
 * the target answered and changedAt when the figure changed at its source, so a reader gets
 * the flow's sync lag from the event alone.
 */
export function syncAckOf(answer: Answered<PushFigure>, depots: InventoryDepots): SyncAck {
  const { document: push } = answer;
  const { depot, sku, ats, quantityScale, changedAt } = push.payload;
  const target = targetOf(push);
  return {
    header: {
      eventId: `inventory:sync-ack:${target}:${depot}:${sku}:${push.revision}`,
      source: target,
      producedBy: SYNC_ACK_PRODUCER,
      occurredAt: answer.answeredAt,
      sourceTimeZone: 'UTC',
      archiveRef: null,
    },
    sku,
    depot,
    target,
    store: target === 'PRIMA' ? null : (depots.storeOf(depot) ?? null),
    availabilityVersion: push.version,
    ats,
    quantityScale,
    changedAt,
    status: answer.kind === 'CONFIRMED' ? 'ACKNOWLEDGED' : 'REJECTED',
    failureReason: answer.kind === 'REFUSED' ? answer.reason : null,
  };
}
