import { Inject, Injectable } from '@nestjs/common';
import type { Availability, EventHeader, StockLevels, StockMovement } from '@parity/contracts';
import type { EntityManager } from 'typeorm';
import type { InventoryDepots } from '../depots/inventory-depots';
import type { InventorySettings } from '../inventory.config';
import { reservationKeysOf, withReservation } from '../pending/apply-reservation';
import { noReservation, reservationKey, type Reservation } from '../pending/reservation';
import { ReservationsRepository } from '../pending/reservations.repository';
import { INVENTORY_SETTINGS } from '../tokens';
import { rebaselineFromOwner } from './apply-movement';
import { availabilityOf } from './availability-event';
import { inventoryMetrics } from './inventory-metrics';
import { planLane } from './lane-plan';
import { depotSkuKey, emptyEntry, type LedgerEntry } from './ledger-entry';
import { sameFigures } from './stock-figures';
import { LedgerRepository, type LoadedLedger } from './ledger.repository';

/** An open snapshot request, as the worker found it. */
export interface OpenRequest {
  readonly id: string;
  readonly sku: string;
  readonly depot: string;
  /**
   * The entry's last applied movement when the owner was read: a movement applied since makes
   * the read stale. Other changes (an order's pending) do not touch what the owner reports.
   */
  readonly seenSequence: number | null;
}

/** What a change to the ledger publishes, and which of it may be pushed to Prima. */
export interface LedgerChange {
  readonly published: Availability[];
  /** Figures of pairs whose owner's figures are known (all of them without baselining). */
  readonly pushable: Availability[];
}

/** An approved (or cancelled) Prima order's stock lines for one warehouse depot. */
export interface OrderDemand {
  readonly orderNo: string;
  readonly depot: string;
  readonly cancelled: boolean;
  /** Units ordered per SKU, every stock line of the SKU summed. */
  readonly units: ReadonlyMap<string, number>;
  readonly header: Pick<EventHeader, 'eventId' | 'occurredAt' | 'sourceTimeZone'>;
}

/**
 * The stock ledger's three ways of changing: a lane of movements from the stock owner, a
 * re-baseline from the owner's own figures, and an order promised in Prima that the owner does
 * not know yet (pending). Each returns the availability events to publish in the caller's
 * transaction. Each takes the world model's depots its caller read, so a lane is applied
 * against one version of the world throughout.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly repository: LedgerRepository,
    private readonly reservations: ReservationsRepository,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  /** Applies movements (admitted by `malformationOf` and `rejectionOf`) in order; one event per changed pair. */
  async applyMovements(
    tx: EntityManager,
    movements: readonly StockMovement[],
    depots: InventoryDepots,
  ): Promise<LedgerChange> {
    const loaded = await this.repository.load(tx, distinctPairs(movements));
    // Read under the ledger rows' locks, which every change to a reservation holds.
    const reserved = await this.reservations.load(tx, reservationKeysOf(movements));
    const plan = planLane(movements, loaded.entries, depots, reserved);
    inventoryMetrics.movements.inc({ outcome: 'applied' }, plan.history.length);
    if (plan.stale > 0) inventoryMetrics.movements.inc({ outcome: 'stale' }, plan.stale);
    for (const request of plan.requests) {
      inventoryMetrics.snapshotRequests.inc({ reason: request.reason });
    }
    if (plan.entries.length > 0) {
      await this.repository.write(tx, { ...plan, resolution: 'SOURCE_SNAPSHOT' });
    }
    await this.reservations.write(tx, plan.reservations);
    return this.change(
      plan.changed.map(({ entry, lastMovement }) => ({ entry, changedAt: lastMovement.header })),
      loaded,
      depots,
    );
  }

  /**
   * Re-baselines a pair from what its owner just said, unless the ledger moved on since the
   * owner was read (then the read may predate movements already applied, and is dropped:
   * 'superseded'). Resolves the request; returns the availability if a figure changed.
   */
  async rebaseline(
    tx: EntityManager,
    request: OpenRequest,
    levels: StockLevels,
    depots: InventoryDepots,
  ): Promise<Availability | 'superseded' | undefined> {
    const loaded = await this.repository.load(tx, [request]);
    const current = loaded.entries.get(depotSkuKey(request));
    if (!current || current.lastSequence !== request.seenSequence) return 'superseded';
    const { entry, changed, drift } = rebaselineFromOwner(current, levels);
    const readAt = Date.now();
    await this.repository.write(tx, {
      entries: [entry],
      history: [
        {
          eventId: `inventory:owner-read:${request.depot}:${request.sku}:${request.id}`,
          sku: request.sku,
          depot: request.depot,
          kind: 'SNAPSHOT',
          quantity: 0,
          quantityScale: entry.quantityScale,
          condition: 'SELLABLE',
          sourceSequence: null,
          occurredAt: readAt,
          archiveRef: null,
          discrepancy: drift,
        },
      ],
      requests: [],
      resolved: [request],
      resolution: 'OWNER_READ',
    });
    if (!changed) return undefined;
    return this.availability(entry, loaded, depots, { occurredAt: readAt, sourceTimeZone: 'UTC' });
  }

  /**
   * Holds back what an order promises and its warehouse has not allocated yet, or gives it
   * back when the order is cancelled. Idempotent: the reservation keeps the order's latest
   * figure, so a repeated event changes nothing.
   */
  async applyOrder(
    tx: EntityManager,
    order: OrderDemand,
    depots: InventoryDepots,
  ): Promise<LedgerChange> {
    const pairs = [...order.units.keys()].map((sku) => ({ sku, depot: order.depot }));
    if (pairs.length === 0) return { published: [], pushable: [] };
    const loaded = await this.repository.load(tx, pairs);
    const keys = pairs.map(({ sku, depot }) => ({ orderNo: order.orderNo, sku, depot }));
    const current = await this.reservations.load(tx, keys);
    const reservations: Reservation[] = [];
    const changed: LedgerEntry[] = [];
    for (const key of keys) {
      const before = current.get(reservationKey(key));
      const after: Reservation = {
        ...(before ?? noReservation(key.orderNo, key.sku, key.depot)),
        ordered: order.units.get(key.sku) ?? 0,
        cancelled: order.cancelled,
      };
      reservations.push(after);
      const entry = loaded.entries.get(depotSkuKey(key)) ?? emptyEntry(key.sku, key.depot);
      const next = withReservation(entry, before, after);
      if (!sameFigures(entry.figures, next.figures)) {
        changed.push({ ...next, version: entry.version + 1 });
      }
    }
    await this.reservations.write(tx, reservations);
    // A pair first seen through an order: its owner has never been asked what it holds.
    const baselines = depots.requireBaseline
      ? changed
          .filter((entry) => !entry.baselined && entry.version === 1)
          .map(({ sku, depot }) => ({ sku, depot, reason: 'BASELINE' as const }))
      : [];
    if (changed.length > 0) {
      await this.repository.write(tx, {
        entries: changed,
        history: changed.map((entry) => ({
          eventId: `${order.header.eventId}:${entry.sku}`,
          sku: entry.sku,
          depot: entry.depot,
          kind: order.cancelled ? 'ORDER_CANCELLED' : 'ORDER_PENDING',
          quantity: order.units.get(entry.sku) ?? 0,
          quantityScale: entry.quantityScale,
          condition: 'SELLABLE',
          sourceSequence: null,
          occurredAt: order.header.occurredAt,
          archiveRef: null,
          discrepancy: null,
        })),
        requests: baselines,
        resolved: [],
        resolution: 'SOURCE_SNAPSHOT',
      });
    }
    return this.change(
      changed.map((entry) => ({ entry, changedAt: order.header })),
      loaded,
      depots,
    );
  }

  /**
   * Publishes the SKUs' figures in every depot again, one version on (what a SKU becoming
   * sellable needs: its figures were published as 0 while it was not).
   */
  async republish(
    tx: EntityManager,
    skus: readonly string[],
    depots: InventoryDepots,
  ): Promise<LedgerChange> {
    const pairs = (await this.repository.pairsOf(tx, skus)).filter(
      ({ depot }) => depots.ownerOf(depot) !== undefined,
    );
    if (pairs.length === 0) return { published: [], pushable: [] };
    const loaded = await this.repository.load(tx, pairs);
    const bumped = [...loaded.entries.values()].map((entry) => ({
      ...entry,
      version: entry.version + 1,
    }));
    await this.repository.write(tx, {
      entries: bumped,
      history: [],
      requests: [],
      resolved: [],
      resolution: 'SOURCE_SNAPSHOT',
    });
    const now = { occurredAt: Date.now(), sourceTimeZone: 'UTC' };
    return this.change(
      bumped.map((entry) => ({ entry, changedAt: now })),
      loaded,
      depots,
    );
  }

  private change(
    changed: readonly {
      entry: LedgerEntry;
      changedAt: Parameters<typeof availabilityOf>[3];
    }[],
    loaded: LoadedLedger,
    depots: InventoryDepots,
  ): LedgerChange {
    const published = changed.map(({ entry, changedAt }) =>
      this.availability(entry, loaded, depots, changedAt),
    );
    const known = (i: number) => !depots.requireBaseline || changed[i]?.entry.baselined;
    return { published, pushable: published.filter((_, i) => known(i)) };
  }

  private availability(
    entry: LedgerEntry,
    loaded: LoadedLedger,
    depots: InventoryDepots,
    changedAt: Parameters<typeof availabilityOf>[3],
  ): Availability {
    const owner = depots.ownerOf(entry.depot);
    // Admission (against the same world version) finds the depot; a missing one is a bug.
    if (!owner)
      throw new Error(`depot ${entry.depot} is not in world version ${depots.world.version}`);
    const buffer = loaded.buffers.get(entry.sku) ?? this.settings.safetyBufferUnits;
    const availability = availabilityOf(entry, owner, buffer, changedAt);
    return loaded.unsellable.has(entry.sku) ? { ...availability, ats: 0 } : availability;
  }
}

function distinctPairs(movements: readonly StockMovement[]): { sku: string; depot: string }[] {
  const pairs = new Map<string, { sku: string; depot: string }>();
  for (const { sku, depot } of movements) pairs.set(depotSkuKey({ sku, depot }), { sku, depot });
  return [...pairs.values()];
}
