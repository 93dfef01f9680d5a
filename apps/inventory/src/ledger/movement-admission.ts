import type { ExceptionType, StockMovement } from '@parity/contracts';
import type { DepotMap } from '../depots/depot-settings';

/** Why a movement cannot be applied at all; the handler dead-letters it with this exception. */
export interface Rejection {
  readonly code: string;
  readonly exceptionType: ExceptionType;
  readonly reason: string;
}

/**
 * Whether a movement may touch the ledger: its depot is configured, it comes from the system
 * that owns that depot's stock, and it is well-formed. Returns the rejection, or undefined.
 */
export function rejectionOf(movement: StockMovement, depots: DepotMap): Rejection | undefined {
  const depot = depots[movement.depot];
  if (!depot) {
    return {
      code: 'INVENTORY.DEPOT_UNMAPPED',
      exceptionType: 'LOCATION_UNMAPPED',
      reason: `depot ${movement.depot} is not in INVENTORY_DEPOTS`,
    };
  }
  if (movement.header.source !== depot.owner) {
    return {
      code: 'INVENTORY.NOT_STOCK_OWNER',
      exceptionType: 'STOCK_DRIFT',
      reason: `${movement.header.source} reported stock of depot ${movement.depot}, which ${depot.owner} owns`,
    };
  }
  if (movement.kind === 'SNAPSHOT' && !movement.levels) {
    return {
      code: 'INVENTORY.SNAPSHOT_WITHOUT_LEVELS',
      exceptionType: 'PAYLOAD_INVALID',
      reason: 'a SNAPSHOT movement carries no levels',
    };
  }
  if (movement.kind !== 'ADJUSTMENT' && movement.quantity < 0) {
    return {
      code: 'INVENTORY.NEGATIVE_QUANTITY',
      exceptionType: 'PAYLOAD_INVALID',
      reason: `a ${movement.kind} of ${movement.quantity}: only adjustments are signed`,
    };
  }
  return undefined;
}
