import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import { PushQueueRepository } from './push-queue.repository';
import { SyncLagAlerts } from './sync-lag';

/**
 * Finds pushes still unacknowledged past the lag threshold (a target down, a backlog, a push
 * in backoff) and raises SYNC_LAG_EXCEEDED for them: an ack that never comes must alert too.
 */
@Injectable()
export class LagWatch {
  constructor(
    private readonly db: DataSource,
    private readonly queue: PushQueueRepository,
    private readonly lag: SyncLagAlerts,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  async check(): Promise<void> {
    await this.db.transaction(async (tx) => {
      const now = Date.now();
      const overdue = await this.queue.overdue(tx, this.settings.push.syncLag.thresholdMs);
      for (const push of overdue) await this.lag.raise(tx, push, now - push.lagFrom, false);
    });
  }
}
