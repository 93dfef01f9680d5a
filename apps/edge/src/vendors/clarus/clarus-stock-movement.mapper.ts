import { z } from 'zod';
import { Topics, type StockCondition, type StockMovement } from '@parity/contracts';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { clarusHeader, depotOf, parseClarus, peekSku, type ClarusTrigger } from './clarus-payload';
import { stockAdjustment, stockHold, type StockAdjustmentPayload } from './clarus-webhook.schemas';

/*
 * sourceSequence: Clarus numbers every stock-ledger line with a movement id from one sequence
 * per domain, so movement ids rise strictly per SKU and warehouse. That is exactly what the
 * schema asks for, and the movement id is used as it is. A hold is two ledger lines (out of
 * available, into on hold), each with its own movement id, so each leg keeps its own sequence.
 */

// Built once: zod compiles a schema on its first parse, so one made per call costs a compile
// per webhook.
const adjustmentFor: Record<'positive' | 'negative', z.ZodType<StockAdjustmentPayload>> = {
  positive: stockAdjustment.extend({ direction: z.literal('positive') }),
  negative: stockAdjustment.extend({ direction: z.literal('negative') }),
};

/** "Stock adjustment (positive/negative)" → one signed ADJUSTMENT of sellable stock. */
export function clarusStockAdjustment(
  trigger: Extract<ClarusTrigger, 'stock-adjustment-positive' | 'stock-adjustment-negative'>,
  payload: unknown,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  // The trigger and the record both say which way stock moved; they must agree.
  const direction = trigger === 'stock-adjustment-positive' ? 'positive' : 'negative';
  const adjustment = parseClarus(adjustmentFor[direction], payload, trigger, {
    entityType: 'SKU',
    entityId: peekSku(payload) ?? `clarus:${trigger}`,
  });
  const sign = adjustment.direction === 'positive' ? 1 : -1;
  return [
    movement(ctx, {
      trigger,
      recordId: adjustment.id,
      movementId: adjustment.movement_id,
      at: adjustment.created_at,
      sku: adjustment.product.external_system_reference1,
      warehouse: adjustment.warehouse,
      quantity: sign * adjustment.quantity,
      condition: 'SELLABLE',
      reason: adjustment.reason,
    }),
  ];
}

/**
 * "Stock placed on hold" / "taken off hold" → ADJUSTMENTs between SELLABLE and QUARANTINE,
 * one per ledger line: on hand stays the same (quarantine counts in on hand) while stock
 * leaves available-to-sell, or comes back to it.
 */
export function clarusStockHold(
  trigger: Extract<ClarusTrigger, 'stock-placed-on-hold' | 'stock-taken-off-hold'>,
  payload: unknown,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  const hold = parseClarus(stockHold, payload, trigger, {
    entityType: 'SKU',
    entityId: peekSku(payload) ?? `clarus:${trigger}`,
  });
  return hold.movements.map((line) =>
    movement(ctx, {
      trigger,
      recordId: hold.id,
      movementId: line.movement_id,
      at: hold.updated_at,
      sku: hold.product.external_system_reference1,
      warehouse: hold.warehouse,
      quantity: line.quantity,
      condition: line.status === 'on_hold' ? 'QUARANTINE' : 'SELLABLE',
      reason: hold.reason,
    }),
  );
}

interface LedgerLine {
  trigger: ClarusTrigger;
  recordId: number;
  movementId: number;
  at: string;
  sku: string;
  warehouse: string;
  /** Signed. */
  quantity: number;
  condition: StockCondition;
  reason: string;
}

function movement(ctx: NormaliseContext, line: LedgerLine): CanonicalEvent {
  const value: StockMovement = {
    header: clarusHeader(line.trigger, line.recordId, line.movementId, line.at, ctx),
    sku: line.sku,
    depot: depotOf(line.warehouse, ctx),
    kind: 'ADJUSTMENT',
    sourceSequence: line.movementId,
    quantity: line.quantity,
    quantityScale: 0,
    condition: line.condition,
    orderNo: null,
    poNo: null,
    reasonCode: line.reason,
    levels: null,
  };
  return canonical(Topics.wmsStockMovementsV1, value);
}
