import type { LightspeedClient } from '@parity/connectors';
import type { DepotMap } from '../depots/depot-settings';
import type { LightspeedItemIds } from './lightspeed-item-ids';
import type { ClaimedPush } from './push-queue.repository';
import { answerToFailure, pushOneByOne, type PushAnswer, type Pusher } from './pusher';

/**
 * Prima's available-to-sell to each store's Lightspeed shop as the item's qoh there. A write
 * costs 10 units of a bucket draining at about 1 a second, so the client's bucket paces these
 * calls; coalescing in the queue is what keeps a busy SKU from queueing stale figures.
 */
export class LightspeedPusher implements Pusher {
  readonly target = 'LIGHTSPEED' as const;
  readonly batchSize = 5;
  readonly concurrency = 1;

  constructor(
    private readonly client: LightspeedClient,
    private readonly itemIds: LightspeedItemIds,
    private readonly depots: DepotMap,
  ) {}

  push(pushes: readonly ClaimedPush[], signal?: AbortSignal): Promise<PushAnswer[]> {
    return pushOneByOne(pushes, signal, (push) => this.pushOne(push));
  }

  private async pushOne(push: ClaimedPush): Promise<PushAnswer> {
    const refuse = (reason: string, unknownSku: boolean): PushAnswer => ({
      kind: 'REJECTED',
      push,
      answeredAt: Date.now(),
      reason,
      unknownSku,
    });
    const shopId = this.depots[push.depot]?.push?.lightspeed?.shopId;
    if (shopId === undefined) return refuse('NO_LIGHTSPEED_SHOP', false);
    try {
      const itemId = await this.itemIds.of(push.sku, push.changedAt);
      if (itemId === undefined) return refuse(`no item with customSku ${push.sku}`, true);
      await this.client.setQuantityOnHand(itemId, shopId, push.ats);
      return { kind: 'ACKNOWLEDGED', push, answeredAt: Date.now() };
    } catch (error) {
      return answerToFailure(push, error);
    }
  }
}
