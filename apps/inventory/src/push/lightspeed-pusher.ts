import type { LightspeedClient } from '@parity/connectors';
import type { InventoryDepots } from '../depots/inventory-depots';
import type { LightspeedItemIds } from './lightspeed-item-ids';
import { writeOneByOne } from '@parity/documents';
import type { ClaimedPush, PushAnswer } from './push-target';
import { refusedPush, UNKNOWN_SKU, type Pusher } from './pusher';

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
    /** The current depots, read for each push's shop. */
    private readonly depots: () => InventoryDepots,
  ) {}

  push(pushes: readonly ClaimedPush[], signal: AbortSignal): Promise<PushAnswer[]> {
    return writeOneByOne(pushes, signal, (push) => this.pushOne(push));
  }

  /** Throws what Lightspeed answered; `writeOneByOne` classifies it. */
  private async pushOne(push: ClaimedPush): Promise<PushAnswer> {
    const { depot, sku, ats, changedAt } = push.payload;
    const shopId = this.depots().lightspeedShopOf(depot);
    if (shopId === undefined) return refusedPush(push, 'NO_LIGHTSPEED_SHOP');
    const itemId = await this.itemIds.of(sku, changedAt);
    if (itemId === undefined)
      return refusedPush(push, `no item with customSku ${sku}`, UNKNOWN_SKU);
    await this.client.setQuantityOnHand(itemId, shopId, ats);
    return { kind: 'CONFIRMED', document: push, answeredAt: Date.now() };
  }
}
