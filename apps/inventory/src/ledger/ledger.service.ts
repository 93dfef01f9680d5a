import { Inject, Injectable } from '@nestjs/common';
import type { Availability, StockLevels, StockMovement } from '@parity/contracts';
import type { EntityManager } from 'typeorm';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import { rebaselineFromOwner } from './apply-movement';
import { availabilityOf } from './availability-event';
import { inventoryMetrics } from './inventory-metrics';
import { planLane } from './lane-plan';
import { depotSkuKey, type LedgerEntry } from './ledger-entry';
import { LedgerRepository, type LoadedLedger } from './ledger.repository';

/** An open snapshot request, as the worker found it. */
export interface OpenRequest {
  readonly id: string;
  readonly sku: string;
  readonly depot: string;
  /** The entry's version when the owner was read: a later change makes the read stale. */
  readonly seenVersion: number;
}

/**
 * The stock ledger's two ways of changing: a lane of movements from the stock owner, and a
 * re-baseline from the owner's own figures. Both return the availability events to publish
 * in the caller's transaction.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly repository: LedgerRepository,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  /** Applies movements (already admitted by `rejectionOf`) in order; one event per changed pair. */
  async applyMovements(
    tx: EntityManager,
    movements: readonly StockMovement[],
  ): Promise<Availability[]> {
    const loaded = await this.repository.load(tx, distinctPairs(movements));
    const plan = planLane(movements, loaded.entries, this.settings.depots);
    inventoryMetrics.movements.inc({ outcome: 'applied' }, plan.history.length);
    if (plan.stale > 0) inventoryMetrics.movements.inc({ outcome: 'stale' }, plan.stale);
    for (const request of plan.requests) {
      inventoryMetrics.snapshotRequests.inc({ reason: request.reason });
    }
    if (plan.entries.length > 0) {
      await this.repository.write(tx, { ...plan, resolution: 'SOURCE_SNAPSHOT' });
    }
    return plan.changed.map(({ entry, lastMovement }) =>
      this.availability(entry, loaded, lastMovement.header),
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
  ): Promise<Availability | 'superseded' | undefined> {
    const loaded = await this.repository.load(tx, [request]);
    const current = loaded.entries.get(depotSkuKey(request));
    if (!current || current.version !== request.seenVersion) return 'superseded';
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
    return this.availability(entry, loaded, { occurredAt: readAt, sourceTimeZone: 'UTC' });
  }

  private availability(
    entry: LedgerEntry,
    loaded: LoadedLedger,
    changedAt: Parameters<typeof availabilityOf>[3],
  ): Availability {
    const owner = this.settings.depots[entry.depot]?.owner;
    // Admission guarantees the depot is configured; a missing one is a bug, not data.
    if (!owner) throw new Error(`depot ${entry.depot} has no configured owner`);
    const buffer = loaded.buffers.get(entry.sku) ?? this.settings.safetyBufferUnits;
    return availabilityOf(entry, owner, buffer, changedAt);
  }
}

function distinctPairs(movements: readonly StockMovement[]): { sku: string; depot: string }[] {
  const pairs = new Map<string, { sku: string; depot: string }>();
  for (const { sku, depot } of movements) pairs.set(depotSkuKey({ sku, depot }), { sku, depot });
  return [...pairs.values()];
}
