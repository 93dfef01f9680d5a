import type { StockMovement } from '@parity/contracts';
import type { LedgerEntry } from '../ledger/ledger-entry';
import { noReservation, pendingUnits, type Reservation } from './reservation';

/** The entry with its pending figure moved by what the reservation's change promises or frees. */
export function withReservation(
  entry: LedgerEntry,
  before: Reservation | undefined,
  after: Reservation,
): LedgerEntry {
  const delta = pendingUnits(after) - pendingUnits(before);
  if (delta === 0) return entry;
  return { ...entry, figures: { ...entry.figures, pending: entry.figures.pending + delta } };
}

/**
 * The reservation after a WMS movement for its order: an allocation counts towards what the
 * order needs from the warehouse, a deallocation gives it back (a short pick: the order still
 * wants the units). Movements without an order, or of other kinds, change no reservation.
 */
export function reservationAfter(
  movement: StockMovement,
  current: Reservation | undefined,
): Reservation | undefined {
  const sign = movement.kind === 'ALLOCATION' ? 1 : movement.kind === 'DEALLOCATION' ? -1 : 0;
  if (sign === 0 || !movement.orderNo) return undefined;
  const before = current ?? noReservation(movement.orderNo, movement.sku, movement.depot);
  return { ...before, allocated: Math.max(0, before.allocated + sign * movement.quantity) };
}

/** The reservation keys a lane's movements may touch, to load before planning it. */
export function reservationKeysOf(movements: readonly StockMovement[]) {
  return movements.flatMap((m) =>
    (m.kind === 'ALLOCATION' || m.kind === 'DEALLOCATION') && m.orderNo
      ? [{ orderNo: m.orderNo, sku: m.sku, depot: m.depot }]
      : [],
  );
}
