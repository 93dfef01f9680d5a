import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { reservationKey, type Reservation } from './reservation';

interface ReservationRow {
  order_no: string;
  sku: string;
  depot: string;
  ordered: string;
  allocated: string;
  cancelled: boolean;
}

type ReservationKey = Pick<Reservation, 'orderNo' | 'sku' | 'depot'>;

/**
 * inventory.order_reservations. Callers hold the lock of each reservation's ledger row (SKU ×
 * depot), which is what serialises an order's event and the WMS's allocations for it.
 */
@Injectable()
export class ReservationsRepository {
  async load(
    tx: EntityManager,
    keys: readonly ReservationKey[],
  ): Promise<ReadonlyMap<string, Reservation>> {
    if (keys.length === 0) return new Map();
    const rows: ReservationRow[] = await tx.query(
      `SELECT r.order_no, r.sku, r.depot, r.ordered, r.allocated, r.cancelled
         FROM inventory.order_reservations r
         JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(order_no, sku, depot)
           ON r.order_no = k.order_no AND r.sku = k.sku AND r.depot = k.depot`,
      [keys.map((k) => k.orderNo), keys.map((k) => k.sku), keys.map((k) => k.depot)],
    );
    return new Map(
      rows.map((row) => {
        const reservation: Reservation = {
          orderNo: row.order_no,
          sku: row.sku,
          depot: row.depot,
          ordered: Number(row.ordered),
          allocated: Number(row.allocated),
          cancelled: row.cancelled,
        };
        return [reservationKey(reservation), reservation];
      }),
    );
  }

  async write(tx: EntityManager, reservations: readonly Reservation[]): Promise<void> {
    if (reservations.length === 0) return;
    await tx.query(
      `INSERT INTO inventory.order_reservations AS r
         (order_no, sku, depot, ordered, allocated, cancelled)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int8[], $5::int8[], $6::bool[])
       ON CONFLICT (order_no, sku, depot) DO UPDATE SET
         ordered = EXCLUDED.ordered, allocated = EXCLUDED.allocated,
         cancelled = EXCLUDED.cancelled, updated_at = now()`,
      [
        reservations.map((r) => r.orderNo),
        reservations.map((r) => r.sku),
        reservations.map((r) => r.depot),
        reservations.map((r) => r.ordered),
        reservations.map((r) => r.allocated),
        reservations.map((r) => r.cancelled),
      ],
    );
  }
}
