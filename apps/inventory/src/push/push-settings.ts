import { positiveMs } from '@parity/config';
import { z } from 'zod';

const units = z.coerce.number({ error: 'expected a whole number' }).int().min(0);

/**
 * How inventory pushes: the push cadence and lag alerting. The vendor connections it pushes
 * through are the service's (inventory.config.ts).
 */
export const pushEnv = z.object({
  /**
   * `false` turns the hot path off: every change waits for the sweep. That is the batch design
   * (figures every N minutes) that `npm run bench -- oversell` compares Parity with.
   */
  INVENTORY_PUSH_HOT: z.enum(['true', 'false']).default('true'),
  /** A SKU × depot at or below this available-to-sell is hot: pushed within seconds. */
  INVENTORY_PUSH_LOW_STOCK_UNITS: units.default(5),
  /** …and so is one with at least this many movements within INVENTORY_PUSH_VELOCITY_WINDOW_MS. */
  INVENTORY_PUSH_HOT_MOVEMENTS: units.min(1).default(10),
  INVENTORY_PUSH_VELOCITY_WINDOW_MS: positiveMs.default(5 * 60_000),
  /** Everything else waits for the sweep, which pushes every pending change once per interval. */
  INVENTORY_PUSH_SWEEP_INTERVAL_MS: positiveMs.default(5 * 60_000),
  /** How often an idle push worker looks for due pushes: the floor of a hot push's delay. */
  INVENTORY_PUSH_POLL_MS: positiveMs.default(50),
  /** Source event → target ack beyond this (once a push is due) raises SYNC_LAG_EXCEEDED. */
  INVENTORY_SYNC_LAG_THRESHOLD_MS: positiveMs.default(60_000),
  /** At most one SYNC_LAG_EXCEEDED per SKU × depot × target within this window. */
  INVENTORY_SYNC_LAG_ALERT_WINDOW_MS: positiveMs.default(60 * 60_000),
});

type PushEnv = z.output<typeof pushEnv>;

export function pushSettingsOf(env: PushEnv) {
  return {
    cadence: {
      hot: env.INVENTORY_PUSH_HOT === 'true',
      lowStockUnits: env.INVENTORY_PUSH_LOW_STOCK_UNITS,
      hotMovements: env.INVENTORY_PUSH_HOT_MOVEMENTS,
      velocityWindowMs: env.INVENTORY_PUSH_VELOCITY_WINDOW_MS,
      sweepIntervalMs: env.INVENTORY_PUSH_SWEEP_INTERVAL_MS,
      pollMs: env.INVENTORY_PUSH_POLL_MS,
    },
    syncLag: {
      thresholdMs: env.INVENTORY_SYNC_LAG_THRESHOLD_MS,
      alertWindowMs: env.INVENTORY_SYNC_LAG_ALERT_WINDOW_MS,
    },
  };
}

export type PushSettings = ReturnType<typeof pushSettingsOf>;
export type CadenceSettings = PushSettings['cadence'];
