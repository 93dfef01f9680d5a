import {
  PayloadRejected,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { clarusGoodsInCompleted } from './clarus-goods-receipt.mapper';
import { CLARUS_TRIGGERS, type ClarusTrigger } from './clarus-payload';
import { clarusSalesOrderCompleted } from './clarus-sales-order.mapper';
import { clarusStockAdjustment, clarusStockHold } from './clarus-stock-movement.mapper';

/**
 * Turns one Clarus Automations delivery into canonical events. Clarus's body is the bare
 * record, so the trigger comes from the URL each automation posts to (`…/<trigger>`).
 * Throws PayloadRejected for a payload edge must refuse (4xx, archived, exception raised).
 */
export function normaliseClarusWebhook(
  trigger: string,
  payload: unknown,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  if (!isClarusTrigger(trigger)) {
    throw new PayloadRejected(
      'CLARUS.TRIGGER_UNKNOWN',
      `No Clarus automation trigger is called ${trigger}`,
      { type: 'PAYLOAD_INVALID', entityType: 'CONNECTOR', entityId: 'clarus' },
    );
  }
  switch (trigger) {
    case 'sales-order-completed':
      return clarusSalesOrderCompleted(payload, ctx);
    case 'goods-in-completed':
      return clarusGoodsInCompleted(payload, ctx);
    case 'stock-adjustment-positive':
    case 'stock-adjustment-negative':
      return clarusStockAdjustment(trigger, payload, ctx);
    case 'stock-placed-on-hold':
    case 'stock-taken-off-hold':
      return clarusStockHold(trigger, payload, ctx);
  }
}

function isClarusTrigger(value: string): value is ClarusTrigger {
  return (CLARUS_TRIGGERS as readonly string[]).includes(value);
}
