import { worldOfLocations } from '@parity/world-api';
import type { WebhookRequest } from './webhook-load';

/** The Clarus settings the bench starts edge with; bench values, never real ones. */
export const BENCH_CLARUS = {
  secret: 'bench-clarus-secret-0123456789',
  subdomain: 'bench',
  automationId: 'bench-adjustments',
  warehouse: 'MAIN',
  depot: 'WH-BENCH',
};

/** The world edge maps the bench's Clarus warehouse by. */
export const benchWorld = () =>
  worldOfLocations([
    { vendor: 'CLARUS', location: BENCH_CLARUS.warehouse, depot: BENCH_CLARUS.depot },
  ]);

export function clarusEdgeSettings(): Record<string, string> {
  return {
    CLARUS_WEBHOOK_SECRET: BENCH_CLARUS.secret,
    CLARUS_SUBDOMAIN: BENCH_CLARUS.subdomain,
    CLARUS_AUTOMATION_IDS: BENCH_CLARUS.automationId,
  };
}

/**
 * Clarus "stock adjustment (negative)" automations as Clarus posts them: the full record, the
 * X-ClarusWMS-* headers, the secret in the path. Every one is a distinct movement (new id and
 * movement id), so each is accepted and published; SKUs rotate over `skus`.
 */
export function clarusAdjustments(runId: string, skus: number, firstId: number) {
  return (index: number): WebhookRequest => {
    const id = firstId + index;
    const sku = `B${runId}-${index % skus}`;
    return {
      path: `/hooks/clarus/${BENCH_CLARUS.secret}/stock-adjustment-negative`,
      headers: {
        'content-type': 'application/json',
        'x-claruswms-domain': `${BENCH_CLARUS.subdomain}.claruswms.co.uk`,
        'x-claruswms-api-domain': 'clarus-api.com',
        'x-claruswms-subdomain': BENCH_CLARUS.subdomain,
        'x-claruswms-automation-id': BENCH_CLARUS.automationId,
      },
      body: JSON.stringify({
        id,
        movement_id: id,
        direction: 'negative',
        quantity: 1,
        reason: 'BENCH',
        product: { id: 1_000 + (index % skus), sku, external_system_reference1: sku },
        warehouse: BENCH_CLARUS.warehouse,
        created_at: new Date().toISOString(),
      }),
    };
  };
}
