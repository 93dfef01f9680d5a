/** One order's claim on a SKU in a warehouse depot. */
export interface Reservation {
  readonly orderNo: string;
  readonly sku: string;
  readonly depot: string;
  /** Units ordered in Prima (every stock line of the SKU for the depot). */
  readonly ordered: number;
  /** Units the WMS has allocated to the order since. */
  readonly allocated: number;
  readonly cancelled: boolean;
}

/** Units promised to the order that the warehouse has not allocated yet. */
export function pendingUnits(reservation: Reservation | undefined): number {
  if (!reservation || reservation.cancelled) return 0;
  return Math.max(0, reservation.ordered - reservation.allocated);
}

export const reservationKey = (r: Pick<Reservation, 'orderNo' | 'sku' | 'depot'>) =>
  `${r.orderNo}|${r.depot}|${r.sku}`;

export function noReservation(orderNo: string, sku: string, depot: string): Reservation {
  return { orderNo, sku, depot, ordered: 0, allocated: 0, cancelled: false };
}
