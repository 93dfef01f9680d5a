import {
  VENDOR_CONNECTION_KEYS,
  vendorConnectionEnv,
  vendorConnectionsOf,
} from '@parity/connectors';
import { loadConfig, platformEnvSchema, positiveMs, requireTogether } from '@parity/config';
import { z } from 'zod';
import { snapshotFilesSchema } from './sweep/file-snapshot-source';
import { vendorDepotsSchema, type VendorDepots } from './sweep/vendor-depots';

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
 * - `SWEEP_VENDOR_DEPOTS`: depots to sweep against each vendor's API, as JSON (see
 *   vendor-depots.ts), through the vendor connections every service configures alike
 *   (libs/connectors).
 */
const reconciliationOnly = z
  .object({
    ...vendorConnectionEnv,
    PARITY_ACK_TOLERANCE_MS: positiveMs.default(60_000),
    PARITY_RECHECK_INTERVAL_MS: positiveMs.default(5_000),
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).default(0),
    SWEEP_QUANTITY_TOLERANCE: z.coerce.number().int().min(0).default(0),
    SWEEP_SNAPSHOT_FILES: snapshotFilesSchema,
    SWEEP_VENDOR_DEPOTS: vendorDepotsSchema,
  })
  .superRefine(requireTogether(VENDOR_CONNECTION_KEYS))
  .superRefine(requireSweptConnections)
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
      vendorDepots: env.SWEEP_VENDOR_DEPOTS,
    },
  }));

/** Each vendor with depots to sweep needs its connection. */
function requireSweptConnections(
  env: { readonly SWEEP_VENDOR_DEPOTS: VendorDepots } & Readonly<Record<string, unknown>>,
  ctx: z.RefinementCtx,
): void {
  for (const vendor of Object.keys(env.SWEEP_VENDOR_DEPOTS) as (keyof VendorDepots)[]) {
    const keys = VENDOR_CONNECTION_KEYS[vendor];
    if (keys.every((key) => env[key] === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SWEEP_VENDOR_DEPOTS', vendor],
        message: `needs the ${vendor} connection: ${keys.join(', ')}`,
      });
    }
  }
}

export const reconciliationEnvSchema = z.intersection(platformEnvSchema, reconciliationOnly);

export type ReconciliationConfig = z.output<typeof reconciliationEnvSchema>;

export const loadReconciliationConfig = () => loadConfig(reconciliationEnvSchema, process.env);
