import {
  VENDOR_CONNECTION_KEYS,
  vendorConnectionEnv,
  vendorConnectionsOf,
} from '@parity/connectors';
import { loadConfig, platformEnvSchema, positiveMs, requireTogether } from '@parity/config';
import { z } from 'zod';
import { snapshotFilesSchema } from './sweep/file-snapshot-source';

/**
 * Reconciliation's own settings:
 * - `PARITY_ACK_TOLERANCE_MS`: how long a till or Prima may take to acknowledge a new
 *   availability before its older figure counts as drift rather than pending.
 * - `PARITY_RECHECK_INTERVAL_MS`: how often PENDING rows are re-assessed, so one whose
 *   tolerance ran out turns DRIFTED without waiting for the next event.
 * - `SWEEP_INTERVAL_MS`: how often the snapshot sweep runs; 0 runs it only on request.
 * - `SWEEP_QUANTITY_TOLERANCE`: a snapshot may differ from Parity by this many units before it
 *   is raised as STOCK_DRIFT (counts taken while stock moves rarely agree to the unit).
 * - `SWEEP_SNAPSHOT_FILES`: exported stock reports to sweep, as JSON (see file-snapshot-source.ts).
 * - the vendor connections every service configures alike (libs/connectors): the sweep reads
 *   each connected vendor's stock at the world model's depots (sweep/swept-depots.ts).
 */
const reconciliationOnly = z
  .object({
    ...vendorConnectionEnv,
    PARITY_ACK_TOLERANCE_MS: positiveMs.default(60_000),
    PARITY_RECHECK_INTERVAL_MS: positiveMs.default(5_000),
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).default(0),
    SWEEP_QUANTITY_TOLERANCE: z.coerce.number().int().min(0).default(0),
    SWEEP_SNAPSHOT_FILES: snapshotFilesSchema,
  })
  .superRefine(requireTogether(VENDOR_CONNECTION_KEYS))
  .transform((env) => ({
    vendors: vendorConnectionsOf(env),
    parity: {
      ackToleranceMs: env.PARITY_ACK_TOLERANCE_MS,
      recheckIntervalMs: env.PARITY_RECHECK_INTERVAL_MS,
    },
    sweep: {
      intervalMs: env.SWEEP_INTERVAL_MS,
      quantityTolerance: env.SWEEP_QUANTITY_TOLERANCE,
      snapshotFiles: env.SWEEP_SNAPSHOT_FILES,
    },
  }));

export const reconciliationEnvSchema = z.intersection(platformEnvSchema, reconciliationOnly);

export type ReconciliationConfig = z.output<typeof reconciliationEnvSchema>;

export const loadReconciliationConfig = () => loadConfig(reconciliationEnvSchema, process.env);
