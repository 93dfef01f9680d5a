import { clearanceOf, type IntegrationException } from '@parity/contracts';
import { Histogram } from 'prom-client';
import type { EntityManager } from 'typeorm';
import type { PushSettings } from './push-settings';
import { syncLagException } from './push-exceptions';
import type { ClaimedPush } from './push-target';

/** Source event → target ack, per target: what the tills and Prima lag behind the stock. */
export const syncLagSeconds = new Histogram({
  name: 'parity_inventory_sync_lag_seconds',
  help: 'Sync lag per target: when the stock changed at its source to when the target acknowledged the figure.',
  labelNames: ['target'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
});

/**
 * SYNC_LAG_EXCEEDED for a push acknowledged, or still waiting, longer than the threshold
 * after it was due (at once for a hot SKU, at the sweep for the others). The document runtime
 * asks once per pending spell; this keeps it to once per SKU × depot × target per alert
 * window too, however many spells pass.
 */
export class SyncLagAlerts {
  constructor(private readonly settings: PushSettings['syncLag']) {}

  async exceptions(
    tx: EntityManager,
    push: ClaimedPush,
    lagMs: number,
    acknowledged: boolean,
  ): Promise<IntegrationException[]> {
    const { thresholdMs, alertWindowMs } = this.settings;
    const now = Date.now();
    const windowStart = now - (now % alertWindowMs);
    const inserted: unknown[] = await tx.query(
      `INSERT INTO inventory.sync_lag_alerts (target, depot, sku, window_start)
       VALUES ($1, $2, $3, to_timestamp($4 / 1000.0))
       ON CONFLICT DO NOTHING RETURNING 1`,
      [push.target, push.payload.depot, push.payload.sku, windowStart],
    );
    if (inserted.length === 0) return [];
    return [syncLagException(push, lagMs, thresholdMs, acknowledged, windowStart, now)];
  }

  /** The target acknowledged a push that had been raised as late: its record resolves itself. */
  clearance(push: ClaimedPush): IntegrationException {
    const now = Date.now();
    const { thresholdMs } = this.settings;
    return clearanceOf(syncLagException(push, 0, thresholdMs, true, now, now), {
      eventId: `inventory:sync-lag-cleared:${push.target}:${push.key}:${push.revision}`,
      summary: `The target acknowledged the available-to-sell of ${push.payload.sku} in ${push.payload.depot} (${push.payload.ats}).`,
      occurredAt: now,
    });
  }
}
