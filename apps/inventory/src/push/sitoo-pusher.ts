import type { SitooClient } from '@parity/connectors';
import type { DepotMap } from '../depots/depot-settings';
import type { ClaimedPush } from './push-queue.repository';
import { answerToFailure, pushOneByOne, type PushAnswer, type Pusher } from './pusher';

/**
 * Prima's available-to-sell to each store's Sitoo warehouse, one warehouse transaction per
 * push (Sitoo has no bulk set). The reference names the queue revision, so a retried push
 * whose answer was lost is found by the client rather than applied twice.
 */
export class SitooPusher implements Pusher {
  readonly target = 'SITOO' as const;
  readonly batchSize = 20;
  readonly concurrency = 1;

  constructor(
    private readonly sitoo: SitooClient,
    private readonly depots: DepotMap,
  ) {}

  push(pushes: readonly ClaimedPush[], signal?: AbortSignal): Promise<PushAnswer[]> {
    return pushOneByOne(pushes, signal, (push) => this.pushOne(push));
  }

  private async pushOne(push: ClaimedPush): Promise<PushAnswer> {
    const warehouseId = this.depots[push.depot]?.push?.sitoo?.warehouseId;
    if (warehouseId === undefined) {
      return {
        kind: 'REJECTED',
        push,
        answeredAt: Date.now(),
        reason: 'NO_SITOO_WAREHOUSE',
        unknownSku: false,
      };
    }
    try {
      const reference = `parity-ats:${push.depot}:${push.sku}:${push.revision}`;
      await this.sitoo.setAvailable(warehouseId, push.sku, push.ats, reference);
      return { kind: 'ACKNOWLEDGED', push, answeredAt: Date.now() };
    } catch (error) {
      return answerToFailure(push, error);
    }
  }
}
