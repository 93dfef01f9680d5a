import { Inject, Injectable } from '@nestjs/common';
import { exceptionTopicFor } from '@parity/contracts';
import { EventPublisher } from '@parity/kafka';
import { Histogram } from 'prom-client';
import type { EntityManager } from 'typeorm';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import { syncLagException } from './push-exceptions';
import type { ClaimedPush } from './push-queue.repository';

/** Source event → target ack, per target: what the tills and Prima lag behind the stock. */
export const syncLagSeconds = new Histogram({
  name: 'parity_inventory_sync_lag_seconds',
  help: 'Sync lag per target: when the stock changed at its source to when the target acknowledged the figure.',
  labelNames: ['target'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
});

/**
 * Raises SYNC_LAG_EXCEEDED to the owning team when a push is acknowledged, or still waits,
 * longer than the threshold after it was due (at once for a hot SKU, at the sweep for the
 * others): once per SKU × depot × target per alert window, however many events pass.
 */
@Injectable()
export class SyncLagAlerts {
  constructor(
    private readonly publisher: EventPublisher,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  /** Whether `lagMs` of this push breaks the threshold. */
  exceeded(lagMs: number): boolean {
    return lagMs > this.settings.push.syncLag.thresholdMs;
  }

  async raise(
    tx: EntityManager,
    push: ClaimedPush,
    lagMs: number,
    acknowledged: boolean,
  ): Promise<void> {
    const { thresholdMs, alertWindowMs } = this.settings.push.syncLag;
    const now = Date.now();
    const windowStart = now - (now % alertWindowMs);
    const inserted: unknown[] = await tx.query(
      `INSERT INTO inventory.sync_lag_alerts (target, depot, sku, window_start)
       VALUES ($1, $2, $3, to_timestamp($4 / 1000.0))
       ON CONFLICT DO NOTHING RETURNING 1`,
      [push.target, push.depot, push.sku, windowStart],
    );
    if (inserted.length === 0) return;
    const exception = syncLagException(push, lagMs, thresholdMs, acknowledged, windowStart, now);
    await this.publisher.publish(tx, exceptionTopicFor(exception.team), [exception]);
  }
}
