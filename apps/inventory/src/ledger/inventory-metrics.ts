import { Counter } from 'prom-client';

/**
 * Inventory's Prometheus instruments. Counted when a lane's plan is made, so a lane retried
 * after a transient failure counts again: these are rates to watch, not ledger totals.
 */
export const inventoryMetrics = {
  movements: new Counter({
    name: 'parity_inventory_movements_total',
    help: 'Stock movements by outcome: applied, or stale (a duplicate or out of order, skipped).',
    labelNames: ['outcome'] as const,
  }),
  snapshotRequests: new Counter({
    name: 'parity_inventory_snapshot_requests_total',
    help: 'Snapshot re-reads asked of a stock owner, by reason (CONTRADICTION, SEQUENCE_GAP, BASELINE, DRIFT).',
    labelNames: ['reason'] as const,
  }),
  rebaselines: new Counter({
    name: 'parity_inventory_rebaselines_total',
    help: 'Snapshot requests drained by reading the owner, by outcome (rebaselined, unanswered, superseded).',
    labelNames: ['outcome'] as const,
  }),
};
