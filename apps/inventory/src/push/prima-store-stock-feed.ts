import type { PrimaClient } from '@parity/connectors';
import type { DataSource } from 'typeorm';
import type { DepotMap } from '../depots/depot-settings';
import type { PushQueueRepository } from './push-queue.repository';
import { tillTargetsOf, type PushRequest } from './push-target';

/**
 * How a store depot's till learns what it may sell: Prima owns the store's stock (a till sale
 * posted to Prima decrements it there), so inventory reads Prima's stock change feed for each
 * store depot with tills and queues Prima's available-to-sell — not its on hand — for each
 * till. The feed's modifiedAt is the change's source time (sync lag counts from it) and its
 * version. The cursor is kept per depot; the feed is inclusive, so a re-read row is the same
 * version and changes nothing in the queue. A first read (no cursor) takes the whole depot.
 */
export class PrimaStoreStockFeed {
  constructor(
    private readonly db: DataSource,
    private readonly prima: PrimaClient,
    private readonly queue: PushQueueRepository,
    private readonly depots: DepotMap,
  ) {}

  /** Store depots whose tills are pushed. */
  storeDepots(): string[] {
    return Object.entries(this.depots)
      .filter(([, depot]) => depot.owner === 'PRIMA' && tillTargetsOf(depot).length > 0)
      .map(([code]) => code);
  }

  async readAll(): Promise<number> {
    let read = 0;
    for (const depot of this.storeDepots()) read += await this.read(depot);
    return read;
  }

  private async read(depot: string): Promise<number> {
    const settings = this.depots[depot];
    if (!settings) return 0;
    const targets = tillTargetsOf(settings);
    const [cursor] = (await this.db.query(
      `SELECT modified_since FROM inventory.prima_stock_cursors WHERE depot = $1`,
      [depot],
    )) as { modified_since: string }[];
    const requests: PushRequest[] = [];
    let last = cursor?.modified_since ?? new Date(0).toISOString();
    // Read outside any transaction: a slow Prima holds no lock.
    for await (const level of this.prima.stockModifiedSince(last, depot)) {
      const changedAt = Date.parse(level.modifiedAt);
      for (const target of targets) {
        requests.push({
          target,
          depot,
          sku: level.itemCode,
          version: changedAt,
          ats: level.quantityAvailableToSell,
          onHand: level.quantityOnHand,
          pending: 0,
          quantityScale: 0,
          changedAt,
          movements: 1,
        });
      }
      if (level.modifiedAt > last) last = level.modifiedAt;
    }
    await this.db.transaction(async (tx) => {
      await this.queue.enqueue(tx, requests);
      await tx.query(
        `INSERT INTO inventory.prima_stock_cursors (depot, modified_since) VALUES ($1, $2)
         ON CONFLICT (depot) DO UPDATE SET modified_since = EXCLUDED.modified_since`,
        [depot, last],
      );
    });
    return requests.length;
  }
}
