import { Router, json, type Response } from 'express';
import { z } from 'zod';
import { productInput } from './clarus-api.schemas';
import type { ClarusAuth } from './clarus-auth';
import type { ClarusCounters } from './clarus-counters';
import { createProduct, referenceTaken } from './clarus-catalogue';
import type { LostResponses } from './clarus-lost-responses';
import { StockRuleViolation } from './clarus-stock';
import type { ClarusStore } from './clarus-store';
import { parseBody, positiveQuantity, requiredText } from './clarus-validation';
import { AlreadyDone, NotInClarus, type ClarusWarehouse } from './clarus-warehouse';
import type { ClarusWebhooks } from './clarus-webhooks';

export interface ClarusAdminDeps {
  readonly store: ClarusStore;
  readonly warehouse: ClarusWarehouse;
  readonly webhooks: ClarusWebhooks;
  readonly auth: ClarusAuth;
  readonly lostResponses: LostResponses;
  readonly counters: ClarusCounters;
}

const stockInput = z.object({
  product: requiredText(255),
  warehouse: requiredText(32),
  on_hand: z.number().int().nonnegative(),
});
const adjustmentInput = z.object({
  product: requiredText(255),
  warehouse: requiredText(32),
  quantity: z
    .number()
    .int()
    .refine((q) => q !== 0, 'An adjustment moves stock.'),
  reason: requiredText(64),
});
const holdInput = adjustmentInput.extend({ quantity: positiveQuantity });
const shipmentInput = z.object({
  carrier: requiredText(64),
  service: z.string().optional(),
  tracking_numbers: z.array(z.string()).optional(),
  tracking_url: z.url().optional(),
});
const goodsInInput = z.object({
  warehouse: z.string().optional(),
  lines: z
    .array(
      z.object({
        product: requiredText(255),
        received_quantity: z.number().int().nonnegative(),
        on_hold_quantity: z.number().int().nonnegative().optional(),
        line_number: z.number().int().positive().optional(),
      }),
    )
    .optional(),
});
const lostResponseInput = z.object({
  path: z.string().optional(),
  status: z.number().int().min(500).max(599).optional(),
  rate: z.number().min(0).max(1).optional(),
  times: z.number().int().positive().optional(),
});

/** `/admin/clarus`: seed, act on the warehouse floor, read back, and switch faults. */
export function clarusAdminRoutes(deps: ClarusAdminDeps): Router {
  const { store, warehouse, webhooks, auth, lostResponses } = deps;
  const router = Router();
  router.use(json());

  router.put('/webhook', (req, res) => {
    const input = parseBody(z.object({ url: z.url().nullable() }), req.body, res);
    if (!input) return;
    webhooks.config.url = input.url ?? undefined;
    res.status(204).end();
  });
  router.post('/products', (req, res) => {
    const input = parseBody(productInput, req.body, res);
    if (!input) return;
    if (
      input.external_system_reference1 &&
      referenceTaken(store, input.external_system_reference1)
    ) {
      return void res.status(409).json({ message: 'external_system_reference1 taken' });
    }
    res.status(201).json(createProduct(store, input));
  });
  router.put('/stock', (req, res) =>
    act(res, stockInput, req.body, (input) => {
      const product = warehouse.product(input.product);
      store.stock.setOnHand(product.id, warehouse.warehouse(input.warehouse), input.on_hand);
      return store.stock.levels(product.id, input.warehouse);
    }),
  );
  router.post('/stock/adjustments', (req, res) =>
    act(res, adjustmentInput, req.body, (i) =>
      warehouse.adjust(i.product, i.warehouse, i.quantity, i.reason),
    ),
  );
  router.post('/stock/holds', (req, res) =>
    act(res, holdInput, req.body, (i) =>
      warehouse.placeHold(i.product, i.warehouse, i.quantity, i.reason),
    ),
  );
  router.post('/stock/holds/:id/release', (req, res) =>
    act(res, z.object({}), req.body, () => warehouse.releaseHold(Number(req.params.id))),
  );
  router.post('/sales-orders/:reference/pick', (req, res) =>
    act(res, z.object({}), req.body, () => warehouse.pick(req.params.reference)),
  );
  router.post('/sales-orders/:reference/dispatch', (req, res) =>
    act(res, shipmentInput, req.body, (shipment) =>
      warehouse.dispatch(req.params.reference, shipment),
    ),
  );
  router.post('/goods-in/:reference/complete', (req, res) =>
    act(res, goodsInInput, req.body, (input) =>
      warehouse.completeGoodsIn(req.params.reference, input.warehouse, input.lines),
    ),
  );

  router.get('/products', (_req, res) => void res.json([...store.products.values()]));
  router.get('/goods-in-receipts', (_req, res) => void res.json([...store.receipts.values()]));
  router.get('/sales-orders', (_req, res) => void res.json([...store.salesOrders.values()]));
  router.get('/counters', (_req, res) => void res.json(deps.counters.snapshot()));

  router.put('/lost-responses', (req, res) => {
    const input = parseBody(lostResponseInput, req.body, res);
    if (!input) return;
    lostResponses.set(input);
    res.status(204).end();
  });
  router.delete('/lost-responses', (_req, res) => {
    lostResponses.set(undefined);
    res.status(204).end();
  });
  /** A person logging into the UI as the API user: the integration's tokens stop working. */
  router.post('/sessions/end', (_req, res) => void res.json({ ended: auth.endSessions() }));
  return router;
}

/** Runs a floor operation and answers with its record, or the status its failure means. */
function act<T>(
  res: Response,
  schema: z.ZodType<T>,
  body: unknown,
  operation: (input: T) => object,
) {
  const input = parseBody(schema, body, res);
  if (input === undefined) return;
  try {
    res.status(201).json(operation(input));
  } catch (error) {
    if (error instanceof NotInClarus) res.status(404).json({ message: error.message });
    else if (error instanceof AlreadyDone) res.status(409).json({ message: error.message });
    else if (error instanceof StockRuleViolation) res.status(422).json({ message: error.message });
    else throw error;
  }
}
