import { Injectable } from '@nestjs/common';
import { Topics, type StockLevels } from '@parity/contracts';
import { EventPublisher } from '@parity/kafka';
import { createLogger, errorFields } from '@parity/telemetry';
import { DataSource } from 'typeorm';
import { groupBy } from '../common/group-by';
import type { InventoryDepots } from '../depots/inventory-depots';
import { InventoryWorld } from '../depots/inventory-world';
import { inventoryMetrics } from '../ledger/inventory-metrics';
import { LedgerService, type OpenRequest } from '../ledger/ledger.service';
import { primaPushesOf } from '../push/availability-pushes';
import { PushQueueRepository } from '../push/push-queue.repository';
import type { StockBySku } from './owner-stock-reads';
import type { SnapshotReader } from './snapshot-reader.port';

export interface DrainResult {
  readonly rebaselined: number;
  /** The owner did not know the SKU, or could not be asked: the request stays open. */
  readonly unanswered: number;
  /** The ledger changed while the owner was read; the next round reads it again. */
  readonly superseded: number;
}

interface OpenRequestRow {
  id: string;
  sku: string;
  depot: string;
  last_sequence: string | null;
}

/**
 * Answers open snapshot requests: reads each SKU × depot from its owner (outside any
 * transaction, so a slow vendor holds no lock), then re-baselines the ledger from the
 * answer, publishes the new availability through the outbox and queues its Prima push, in
 * one transaction.
 */
@Injectable()
export class SnapshotWorker {
  private readonly log = createLogger(SnapshotWorker.name);

  constructor(
    private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly publisher: EventPublisher,
    private readonly pushes: PushQueueRepository,
    private readonly world: InventoryWorld,
  ) {}

  /**
   * One round over open requests, at most `limit` of them: those never tried first, then the
   * least recently tried, so requests an owner cannot answer do not hold up the others. Each
   * depot's SKUs are read from its owner together (owners allow about a call a second); each
   * answer is applied in its own transaction. Stops between depots once `signal` is aborted
   * (shutdown). Each depot is read and applied against the world version current when its
   * turn comes.
   */
  async drain(reader: SnapshotReader, limit = 500, signal?: AbortSignal): Promise<DrainResult> {
    const open: OpenRequestRow[] = await this.db.query(
      `SELECT r.id, r.sku, r.depot, l.last_sequence
         FROM inventory.snapshot_requests r
         JOIN inventory.stock_ledger l USING (sku, depot)
        WHERE r.resolved_at IS NULL
        ORDER BY r.last_attempt_at NULLS FIRST, r.requested_at
        LIMIT $1`,
      [limit],
    );
    const result = { rebaselined: 0, unanswered: 0, superseded: 0 };
    for (const [depot, rows] of groupBy(open, (row) => row.depot)) {
      if (signal?.aborted) break;
      const requests: OpenRequest[] = rows.map((row) => ({
        id: row.id,
        sku: row.sku,
        depot,
        seenSequence: row.last_sequence === null ? null : Number(row.last_sequence),
      }));
      const depots = this.world.current();
      const levels = await this.read(reader, depots, depot, requests);
      for (const request of requests) {
        const outcome = await this.answer(request, levels.get(request.sku), depots);
        result[outcome]++;
        inventoryMetrics.rebaselines.inc({ outcome });
      }
    }
    return result;
  }

  /**
   * The owner's figures for the requests' SKUs, read at the depot's location there; none (all
   * unanswered) when it cannot be asked or the world no longer has the depot.
   */
  private async read(
    reader: SnapshotReader,
    depots: InventoryDepots,
    depot: string,
    requests: readonly OpenRequest[],
  ): Promise<StockBySku> {
    const owner = depots.ownerOf(depot);
    const location = depots.ownerLocation(depot);
    if (!owner || location === undefined) return new Map();
    const skus = requests.map((r) => r.sku);
    return reader.read(owner, location, skus).catch((error: unknown) => {
      this.log.warn('snapshot.read.failed', {
        depot,
        owner,
        location,
        skus: skus.length,
        ...errorFields(error),
      });
      return new Map();
    });
  }

  private async answer(
    request: OpenRequest,
    levels: StockLevels | undefined,
    depots: InventoryDepots,
  ): Promise<keyof DrainResult> {
    if (!levels) {
      await this.db.query(
        `UPDATE inventory.snapshot_requests SET attempts = attempts + 1, last_attempt_at = now() WHERE id = $1`,
        [request.id],
      );
      return 'unanswered';
    }
    return this.db.transaction(async (tx) => {
      const availability = await this.ledger.rebaseline(tx, request, levels, depots);
      if (availability === 'superseded') return 'superseded';
      if (availability) {
        await this.publisher.publish(tx, Topics.inventoryAvailabilityV1, [availability]);
        await this.pushes.enqueue(tx, primaPushesOf([availability], [request], depots));
      }
      return 'rebaselined';
    });
  }
}
