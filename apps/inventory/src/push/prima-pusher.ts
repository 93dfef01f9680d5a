import type { PrimaClient, PrimaStockLevelRow } from '@parity/connectors';
import type { ClaimedPush } from './push-queue.repository';
import { answerToFailure, type PushAnswer, type Pusher } from './pusher';

/** Prima takes at most 500 rows in one stock-levels push. */
const PRIMA_ROWS_PER_CALL = 500;

/**
 * The row Prima gets for a warehouse depot: the warehouse's on hand, and as "allocated" what
 * the warehouse holds back (its allocations, quarantine, the safety buffer). Not pending:
 * those are Prima's own orders, which Prima keeps allocated itself, apart from the pushed
 * figure; pushing them too would count them twice, and a push that replaced Prima's own
 * allocations would hand back every order authorised since Parity last read Prima's feed.
 * Prima then offers Parity's ATS once Parity has seen its orders, and less (never more) until
 * then. The availability version guards against a late push.
 */
export function primaRowOf(push: ClaimedPush): PrimaStockLevelRow {
  return {
    depotCode: push.depot,
    itemCode: push.sku,
    quantityOnHand: push.onHand,
    quantityAllocated: Math.max(0, push.onHand - push.ats - push.pending),
    sourceVersion: push.version,
  };
}

/** Warehouse depots' figures to Prima, in batches of up to 500 rows per call. */
export class PrimaPusher implements Pusher {
  readonly target = 'PRIMA' as const;
  readonly batchSize = PRIMA_ROWS_PER_CALL;
  readonly concurrency = 4;

  constructor(private readonly prima: PrimaClient) {}

  async push(pushes: readonly ClaimedPush[]): Promise<PushAnswer[]> {
    let results;
    try {
      results = await this.prima.pushStockLevels(pushes.map(primaRowOf));
    } catch (error) {
      return pushes.map((push) => answerToFailure(push, error));
    }
    const answeredAt = Date.now();
    const byKey = new Map(results.map((r) => [`${r.depotCode}|${r.itemCode}`, r]));
    return pushes.map((push): PushAnswer => {
      const result = byKey.get(`${push.depot}|${push.sku}`);
      if (!result)
        return { kind: 'RETRY', push, error: new Error('Prima gave no result for the row') };
      // IGNORED_STALE: Prima already holds this version or a newer one, which is an ack too.
      if (result.outcome !== 'REJECTED') return { kind: 'ACKNOWLEDGED', push, answeredAt };
      const reason = result.reason ?? 'REJECTED';
      return { kind: 'REJECTED', push, answeredAt, reason, unknownSku: reason === 'UNKNOWN_ITEM' };
    });
  }
}
