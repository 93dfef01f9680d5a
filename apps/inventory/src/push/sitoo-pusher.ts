import type { SitooClient } from '@parity/connectors';
import { parseScaled } from '@parity/domain';
import { groupBy } from '../common/group-by';
import type { DepotMap } from '../depots/depot-settings';
import type { ClaimedPush } from './push-queue.repository';
import { answerToFailure, pushOneByOne, type PushAnswer, type Pusher } from './pusher';

/**
 * Prima's available-to-sell to each store's Sitoo warehouse. Sitoo has no bulk set, so a
 * figure that changed takes a warehouse transaction of its own (searched for first by its
 * reference, which names the queue revision, so a retried push whose answer was lost is not
 * applied twice). A round first reads each warehouse's items for all its pushes in one call:
 * figures the till already shows are acknowledged without a write, which is most of them when
 * a store's whole catalogue is pushed (a new store, a restart), at about five calls a second.
 */
export class SitooPusher implements Pusher {
  readonly target = 'SITOO' as const;
  readonly batchSize = 50;
  readonly concurrency = 1;

  constructor(
    private readonly sitoo: SitooClient,
    private readonly depots: DepotMap,
  ) {}

  async push(pushes: readonly ClaimedPush[], signal?: AbortSignal): Promise<PushAnswer[]> {
    const answers: PushAnswer[] = [];
    const byWarehouse = groupBy(
      pushes,
      (push) => this.depots[push.depot]?.push?.sitoo?.warehouseId,
    );
    for (const [warehouseId, group] of byWarehouse) {
      if (warehouseId === undefined) {
        answers.push(...group.map((push) => refused(push, 'NO_SITOO_WAREHOUSE')));
        continue;
      }
      const shown = await this.shownFigures(warehouseId, group).catch((error: unknown) => error);
      if (shown instanceof Map) {
        const toWrite = group.filter((push) => shown.get(push.sku) !== push.ats);
        const answeredAt = Date.now();
        answers.push(
          ...group
            .filter((push) => shown.get(push.sku) === push.ats)
            .map((push): PushAnswer => ({ kind: 'ACKNOWLEDGED', push, answeredAt })),
          ...(await pushOneByOne(toWrite, signal, (push) => this.pushOne(warehouseId, push))),
        );
      } else {
        answers.push(...group.map((push) => answerToFailure(push, shown)));
      }
    }
    return answers;
  }

  /** What the warehouse shows available now for the pushes' SKUs, in whole units. */
  private async shownFigures(
    warehouseId: number,
    pushes: readonly ClaimedPush[],
  ): Promise<Map<string, number>> {
    const shown = new Map<string, number>();
    const skus = pushes.map((push) => push.sku);
    for await (const item of this.sitoo.warehouseItems(warehouseId, skus)) {
      // Read in whole units: Sitoo keeps three decimals, and a fraction (refused here) is never
      // what Parity sets, so it is a change.
      const available = parseScaled(item.decimalavailable, 0);
      if (available !== undefined) shown.set(item.sku, available);
    }
    return shown;
  }

  private async pushOne(warehouseId: number, push: ClaimedPush): Promise<PushAnswer> {
    try {
      const reference = `parity-ats:${push.depot}:${push.sku}:${push.revision}`;
      await this.sitoo.setAvailable(warehouseId, push.sku, push.ats, reference);
      return { kind: 'ACKNOWLEDGED', push, answeredAt: Date.now() };
    } catch (error) {
      return answerToFailure(push, error);
    }
  }
}

function refused(push: ClaimedPush, reason: string): PushAnswer {
  return { kind: 'REJECTED', push, answeredAt: Date.now(), reason, unknownSku: false };
}
