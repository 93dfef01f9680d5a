import type { SitooClient } from '@parity/connectors';
import { parseScaled } from '@parity/domain';
import { groupBy } from '../common/group-by';
import type { InventoryDepots } from '../depots/inventory-depots';
import { answerOfFailure, writeOneByOne } from '@parity/documents';
import type { ClaimedPush, PushAnswer } from './push-target';
import { refusedPush, type Pusher } from './pusher';

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
    /** The current depots: a round reads the warehouse ids of the world it starts in. */
    private readonly depots: () => InventoryDepots,
  ) {}

  async push(pushes: readonly ClaimedPush[], signal: AbortSignal): Promise<PushAnswer[]> {
    const answers: PushAnswer[] = [];
    const depots = this.depots();
    const byWarehouse = groupBy(pushes, (push) => depots.sitooWarehouseOf(push.payload.depot));
    for (const [warehouseId, group] of byWarehouse) {
      if (warehouseId === undefined) {
        answers.push(...group.map((push) => refusedPush(push, 'NO_SITOO_WAREHOUSE')));
        continue;
      }
      const shown = await this.shownFigures(warehouseId, group).catch((error: unknown) => error);
      if (shown instanceof Map) {
        const isShown = (push: ClaimedPush) => shown.get(push.payload.sku) === push.payload.ats;
        const answeredAt = Date.now();
        answers.push(
          ...group
            .filter(isShown)
            .map((push): PushAnswer => ({ kind: 'CONFIRMED', document: push, answeredAt })),
          ...(await writeOneByOne(
            group.filter((push) => !isShown(push)),
            signal,
            (push) => this.pushOne(warehouseId, push),
          )),
        );
      } else {
        answers.push(...group.map((push) => answerOfFailure(push, shown)));
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
    const skus = pushes.map((push) => push.payload.sku);
    for await (const item of this.sitoo.warehouseItems(warehouseId, skus)) {
      // Read in whole units: Sitoo keeps three decimals, and a fraction (refused here) is never
      // what Parity sets, so it is a change.
      const available = parseScaled(item.decimalavailable, 0);
      if (available !== undefined) shown.set(item.sku, available);
    }
    return shown;
  }

  /** Throws what Sitoo answered; `writeOneByOne` classifies it. */
  private async pushOne(warehouseId: number, push: ClaimedPush): Promise<PushAnswer> {
    const { depot, sku, ats } = push.payload;
    const reference = `parity-ats:${depot}:${sku}:${push.revision}`;
    await this.sitoo.setAvailable(warehouseId, sku, ats, reference);
    return { kind: 'CONFIRMED', document: push, answeredAt: Date.now() };
  }
}
