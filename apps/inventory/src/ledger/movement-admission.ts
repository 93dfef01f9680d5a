import type { StockMovement } from '@parity/contracts';
import type { Rejection } from '@parity/kafka';
import type { InventoryDepots } from '../depots/inventory-depots';

/** Why a movement is not an event the schema means: edge produced it wrongly, so it is a bug. */
export interface Malformation {
  readonly code: string;
  readonly reason: string;
}

/**
 * Whether a movement is well-formed beyond what Avro checks; the handler dead-letters one
 * that is not (POISON_MESSAGE), since no mapping or team can make it right.
 */
export function malformationOf(movement: StockMovement): Malformation | undefined {
  if (movement.kind === 'SNAPSHOT' && !movement.levels) {
    return {
      code: 'INVENTORY.SNAPSHOT_WITHOUT_LEVELS',
      reason: 'a SNAPSHOT movement carries no levels',
    };
  }
  if (movement.kind !== 'ADJUSTMENT' && movement.quantity < 0) {
    return {
      code: 'INVENTORY.NEGATIVE_QUANTITY',
      reason: `a ${movement.kind} of ${movement.quantity}: only adjustments are signed`,
    };
  }
  return undefined;
}

/**
 * Whether a well-formed movement may touch the ledger: its depot is in the world model and it comes
 * from the system that owns that depot's stock. Returns the business rejection, about the
 * SKU in that depot, that the handler records instead of applying it, or undefined.
 */
export function rejectionOf(
  movement: StockMovement,
  depots: InventoryDepots,
): Rejection | undefined {
  const { sku, depot: depotCode, header } = movement;
  const about = {
    entity: { type: 'SKU', id: sku },
    qualifier: [depotCode],
    source: header.source,
  } as const;
  const owner = depots.ownerOf(depotCode);
  if (!owner) {
    return {
      ...about,
      code: 'INVENTORY.DEPOT_UNMAPPED',
      type: 'LOCATION_UNMAPPED',
      summary: `${header.source} reported stock of ${sku} in depot ${depotCode}, which the world model does not have: add the depot (or stop the feed), then ask ${header.source} for a snapshot.`,
      details: { sku, depot: depotCode, reportedBy: header.source },
    };
  }
  if (header.source !== owner) {
    return {
      ...about,
      code: 'INVENTORY.NOT_STOCK_OWNER',
      type: 'STOCK_DRIFT',
      summary: `${header.source} reported stock of ${sku} in depot ${depotCode}, which ${owner} owns: Parity keeps ${owner}'s figure. Check which system the depot's stock is kept in.`,
      details: { sku, depot: depotCode, reportedBy: header.source, owner },
    };
  }
  return undefined;
}
