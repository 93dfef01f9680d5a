import type { LightspeedClient, PrimaClient, SitooClient } from '@parity/connectors';
import { Topics } from '@parity/contracts';
import type { DocumentType } from '@parity/documents';
import type { InventoryDepots } from '../depots/inventory-depots';
import { LightspeedItemIds } from './lightspeed-item-ids';
import { LightspeedPusher } from './lightspeed-pusher';
import { PrimaPusher } from './prima-pusher';
import { pushRefusedException } from './push-exceptions';
import type { PushSettings } from './push-settings';
import { pushTypeOf, targetOf, type PushFigure } from './push-target';
import { UNKNOWN_SKU, type Pusher } from './pusher';
import { SitooPusher } from './sitoo-pusher';
import { syncAckOf } from './sync-ack-event';
import { SyncLagAlerts, syncLagSeconds } from './sync-lag';

/**
 * Inventory's document types: one per target it pushes available-to-sell to. A push is a
 * latest-wins document per depot × SKU; every answer is a SyncAck (through the outbox, once
 * recorded) and a sync-lag observation; a refusal raises an exception to the target's team;
 * a push waiting past the sync-lag threshold raises SYNC_LAG_EXCEEDED.
 */
export function pushDocumentTypes(
  clients: {
    readonly prima: PrimaClient | undefined;
    readonly sitoo: SitooClient | undefined;
    readonly lightspeed: LightspeedClient | undefined;
  },
  /** The current depots (the world model's), read as each round needs them. */
  depots: () => InventoryDepots,
  settings: PushSettings,
): DocumentType<PushFigure>[] {
  const pushers: Pusher[] = [
    ...(clients.prima ? [new PrimaPusher(clients.prima)] : []),
    ...(clients.sitoo ? [new SitooPusher(clients.sitoo, depots)] : []),
    ...(clients.lightspeed
      ? [
          new LightspeedPusher(
            clients.lightspeed,
            new LightspeedItemIds(clients.lightspeed),
            depots,
          ),
        ]
      : []),
  ];
  const lag = new SyncLagAlerts(settings.syncLag);
  return pushers.map((pusher) => ({
    type: pushTypeOf(pusher.target),
    target: pusher.target,
    mode: 'latest-wins',
    batchSize: pusher.batchSize,
    concurrency: pusher.concurrency,
    write: (pushes, signal) => pusher.push(pushes, signal),
    async recorded(tx, answers, publisher) {
      await publisher.publish(
        tx,
        Topics.inventorySyncAcksV1,
        answers.map((a) => syncAckOf(a, depots())),
      );
      for (const a of answers) {
        if (a.kind !== 'CONFIRMED') continue;
        const lagSeconds = Math.max(0, a.answeredAt - a.document.payload.changedAt) / 1000;
        syncLagSeconds.observe({ target: targetOf(a.document) }, lagSeconds);
      }
    },
    refusal: (a) =>
      pushRefusedException(a.document, a.reason, a.code === UNKNOWN_SKU, a.answeredAt),
    stuck: {
      afterMs: settings.syncLag.thresholdMs,
      exceptions: (tx, push, waitedMs, answered) => lag.exceptions(tx, push, waitedMs, answered),
      cleared: (push) => lag.clearance(push),
    },
  }));
}
