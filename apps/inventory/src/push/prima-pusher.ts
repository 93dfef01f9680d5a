import type { PrimaClient, PrimaStockLevelRow } from '@parity/connectors';
import { answerOfFailure } from '@parity/documents';
import type { ClaimedPush, PushAnswer } from './push-target';
import { refusedPush, UNKNOWN_SKU, type Pusher } from './pusher';

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
  const { depot, sku, onHand, ats, pending } = push.payload;
  return {
    depotCode: depot,
    itemCode: sku,
    quantityOnHand: onHand,
    quantityAllocated: Math.max(0, onHand - ats - pending),
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
      return pushes.map((push) => answerOfFailure(push, error));
    }
    const answeredAt = Date.now();
    const byKey = new Map(results.map((r) => [`${r.depotCode}|${r.itemCode}`, r]));
    return pushes.map((push): PushAnswer => {
      const result = byKey.get(`${push.payload.depot}|${push.payload.sku}`);
      if (!result) {
        return {
          kind: 'RETRY',
          document: push,
          error: new Error('Prima gave no result for the row'),
        };
      }
      // IGNORED_STALE: Prima already holds this version or a newer one, which is an ack too.
      if (result.outcome !== 'REJECTED') return { kind: 'CONFIRMED', document: push, answeredAt };
      const reason = result.reason ?? 'REJECTED';
      return refusedPush(push, reason, reason === 'UNKNOWN_ITEM' ? UNKNOWN_SKU : undefined);
    });
  }
}
