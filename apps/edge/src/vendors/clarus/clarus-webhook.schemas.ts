import { z } from 'zod';

/*
 * The Automations payloads edge accepts: the full Clarus record per trigger, in the [ASSUMED]
 * snake_case shape of vendor-apis.md §4.2. Only the fields Parity reads are required; Clarus
 * may add others. Quantities are whole units (Clarus counts stock in storage units of 1).
 */

/** ISO-8601 with the warehouse's offset (`2026-11-20T10:35:00+01:00`): the offset is kept. */
const timestamp = z.iso.datetime({ offset: true });
const units = z.number().int().nonnegative();
const product = z.object({
  id: z.number().int(),
  /** Parity's SKU, set by Parity when it created the product. */
  external_system_reference1: z.string().min(1),
});

export const salesOrderCompleted = z.object({
  id: z.number().int(),
  reference: z.string().min(1),
  warehouse: z.string().min(1),
  status: z.literal('dispatched'),
  dispatched_at: timestamp,
  version: z.number().int(),
  carrier: z.string().nullish(),
  service: z.string().nullish(),
  tracking_numbers: z.array(z.string()).default([]),
  tracking_url: z.string().nullish(),
  lines: z.array(
    z.object({
      line_number: z.number().int().positive(),
      product,
      picked_quantity: units,
      dispatched_quantity: units,
    }),
  ),
});

export const goodsInCompleted = z.object({
  id: z.number().int(),
  /** The PO number Parity sent, or whatever the warehouse typed for an unplanned receipt. */
  reference: z.string().min(1),
  warehouse: z.string().min(1),
  status: z.literal('completed'),
  completed_at: timestamp,
  version: z.number().int(),
  lines: z.array(
    z.object({
      line_number: z.number().int().positive().nullish(),
      product,
      received_quantity: units,
      on_hold_quantity: units.default(0),
    }),
  ),
});

export const stockAdjustment = z.object({
  id: z.number().int(),
  movement_id: z.number().int().positive(),
  direction: z.enum(['positive', 'negative']),
  quantity: units,
  reason: z.string().min(1),
  product,
  warehouse: z.string().min(1),
  created_at: timestamp,
});

export const stockHold = z.object({
  id: z.number().int(),
  status: z.enum(['on_hold', 'released']),
  reason: z.string().min(1),
  product,
  warehouse: z.string().min(1),
  updated_at: timestamp,
  /** The ledger lines of this change: stock leaving one status (negative), entering the other. */
  movements: z
    .array(
      z.object({
        movement_id: z.number().int().positive(),
        status: z.enum(['available', 'on_hold']),
        quantity: z.number().int(),
      }),
    )
    .min(1),
});

export type SalesOrderCompleted = z.infer<typeof salesOrderCompleted>;
export type GoodsInCompleted = z.infer<typeof goodsInCompleted>;
export type StockAdjustmentPayload = z.infer<typeof stockAdjustment>;
export type StockHoldPayload = z.infer<typeof stockHold>;
