import type { EntityType, ExceptionType } from '../generated';

/**
 * The one fingerprint scheme: `<type>:<entityType>:<entityId>`, then one `:<qualifier>` per
 * extra part when an entity can have several distinct problems of a type, e.g.
 * `STOCK_DRIFT:SKU:TEE-NVY-M:WH1:PEOPLEVOX:onHand` or `POISON_MESSAGE:MESSAGE:<topic>/4/118822`.
 * It names the problem, not the occurrence, so the ledger folds repeats into one record.
 */
export function fingerprintOf(
  type: ExceptionType,
  entityType: EntityType,
  entityId: string,
  qualifier: readonly string[] = [],
): string {
  return [type, entityType, entityId, ...qualifier].join(':');
}
