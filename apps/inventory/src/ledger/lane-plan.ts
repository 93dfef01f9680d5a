import type { StockMovement } from '@parity/contracts';
import type { InventoryDepots } from '../depots/inventory-depots';
import { reservationAfter, withReservation } from '../pending/apply-reservation';
import { reservationKey, type Reservation } from '../pending/reservation';
import { applyMovement, type SnapshotReason } from './apply-movement';
import { depotSkuKey, emptyEntry, type LedgerEntry } from './ledger-entry';
import { sameFigures } from './stock-figures';

/** One row of the movement history: an applied movement, or a re-baseline from the owner. */
export interface HistoryRow {
  readonly eventId: string;
  readonly sku: string;
  readonly depot: string;
  /** A movement's kind, or what an order did to pending. */
  readonly kind: StockMovement['kind'] | 'ORDER_PENDING' | 'ORDER_CANCELLED';
  readonly quantity: number;
  readonly quantityScale: number;
  readonly condition: StockMovement['condition'];
  /** Null for a re-baseline read from the owner, which carries no sequence. */
  readonly sourceSequence: number | null;
  readonly occurredAt: number;
  readonly archiveRef: string | null;
  readonly discrepancy: string | null;
}

export interface SnapshotRequest {
  readonly sku: string;
  readonly depot: string;
  readonly reason: SnapshotReason;
}

/** An entry whose figures changed, with the movement that last changed it (for the trace and times). */
export interface ChangedEntry {
  readonly entry: LedgerEntry;
  readonly lastMovement: StockMovement;
}

/** Everything one lane does to the ledger, worked out before a single row is written. */
export interface LanePlan {
  /** Every entry a movement was applied to, in its final state. */
  readonly entries: readonly LedgerEntry[];
  readonly history: readonly HistoryRow[];
  /** Snapshot requests to open (the table keeps one open per SKU and depot). */
  readonly requests: readonly SnapshotRequest[];
  /** SKU × depot whose open request a SNAPSHOT movement answered. */
  readonly resolved: readonly { readonly sku: string; readonly depot: string }[];
  /** Entries whose figures changed, each with its version raised by one: one availability each. */
  readonly changed: readonly ChangedEntry[];
  /** Duplicates and out-of-order movements, skipped. */
  readonly stale: number;
  /** Order reservations the lane's allocations changed, in their final state. */
  readonly reservations: readonly Reservation[];
}

/**
 * Applies a lane's movements in order to the entries they touch. A SKU × depot changed by
 * many movements in the lane gets one new version, so its availability is published once.
 * An allocation for an order moves what the order still has pending into allocated, so the
 * warehouse learning of an order Parity already held back does not lower ATS twice.
 * Every movement must have passed `rejectionOf` (its depot is in `depots`). A baseline is
 * asked for when `depots` requires one.
 */
export function planLane(
  movements: readonly StockMovement[],
  current: ReadonlyMap<string, LedgerEntry>,
  depots: InventoryDepots,
  /** The reservations of the lane's allocations' orders, by reservationKey. */
  reservations: ReadonlyMap<string, Reservation> = new Map(),
): LanePlan {
  const reserved = new Map(reservations);
  const touched = new Set<string>();
  const start = new Map<string, LedgerEntry>();
  const latest = new Map<string, LedgerEntry>();
  const lastMovement = new Map<string, StockMovement>();
  const requested = new Map<string, SnapshotRequest>();
  const answered = new Set<string>();
  const history: HistoryRow[] = [];
  let stale = 0;
  for (const movement of movements) {
    const key = depotSkuKey(movement);
    const before = latest.get(key) ?? current.get(key) ?? emptyEntry(movement.sku, movement.depot);
    if (!start.has(key)) start.set(key, before);
    const outcome = applyMovement(before, movement, depots.contiguousSequence(movement.depot));
    if (!outcome.applied) {
      stale++;
      continue;
    }
    const reservationBefore = movement.orderNo
      ? reserved.get(reservationKey({ ...movement, orderNo: movement.orderNo }))
      : undefined;
    const reservation = reservationAfter(movement, reservationBefore);
    if (reservation) {
      reserved.set(reservationKey(reservation), reservation);
      touched.add(reservationKey(reservation));
    }
    latest.set(
      key,
      reservation ? withReservation(outcome.entry, reservationBefore, reservation) : outcome.entry,
    );
    lastMovement.set(key, movement);
    history.push(historyRowOf(movement, outcome.discrepancy));
    if (movement.kind === 'SNAPSHOT') {
      // The owner's own figures answer any question asked so far.
      requested.delete(key);
      answered.add(key);
    }
    if (outcome.snapshotReason) {
      requested.set(key, {
        sku: movement.sku,
        depot: movement.depot,
        reason: outcome.snapshotReason,
      });
    }
  }
  if (depots.requireBaseline) {
    for (const [key, entry] of latest) {
      // On first sight only: an open request stays open until the owner answers it.
      const firstSight = (start.get(key) ?? entry).version === 0;
      if (firstSight && !entry.baselined && !requested.has(key) && !answered.has(key)) {
        requested.set(key, { sku: entry.sku, depot: entry.depot, reason: 'BASELINE' });
      }
    }
  }
  const changed: ChangedEntry[] = [];
  const entries = [...latest].map(([key, entry]) => {
    const before = start.get(key) ?? entry;
    const movement = lastMovement.get(key);
    if (!movement || sameFigures(before.figures, entry.figures)) return entry;
    const versioned = { ...entry, version: before.version + 1 };
    changed.push({ entry: versioned, lastMovement: movement });
    return versioned;
  });
  return {
    entries,
    history,
    requests: [...requested.values()],
    // A key asked about again after its snapshot keeps its open request instead.
    resolved: [...answered]
      .filter((key) => !requested.has(key))
      .map((key) => latest.get(key))
      .filter((entry): entry is LedgerEntry => entry !== undefined)
      .map(({ sku, depot }) => ({ sku, depot })),
    changed,
    stale,
    reservations: [...touched].map((key) => reserved.get(key) as Reservation),
  };
}

function historyRowOf(movement: StockMovement, discrepancy: string | null): HistoryRow {
  return {
    eventId: movement.header.eventId,
    sku: movement.sku,
    depot: movement.depot,
    kind: movement.kind,
    quantity: movement.quantity,
    quantityScale: movement.quantityScale,
    condition: movement.condition,
    sourceSequence: movement.sourceSequence,
    occurredAt: movement.header.occurredAt,
    archiveRef: movement.header.archiveRef,
    discrepancy,
  };
}
