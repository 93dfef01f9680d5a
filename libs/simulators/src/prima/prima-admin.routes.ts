import { json, Router, type Request } from 'express';
import { z } from 'zod';
import type { ResponseDropper } from './prima-guards';
import { parseHundredths } from './prima-money';
import { notFound, parseOrProblem, problemHandler } from './prima-problem';
import {
  presentCreditNote,
  presentPurchaseOrder,
  presentSalesOrder,
  presentStock,
} from './prima-present';
import { addPurchaseOrder, cancelPurchaseOrder } from './prima-purchase-orders';
import {
  authoriseSalesOrder,
  cancelSalesOrder,
  createSalesOrder,
  type VatRates,
} from './prima-sales-orders';
import {
  customerSchema,
  depotSchema,
  itemSchema,
  newSalesOrderSchema,
  purchaseOrderSchema,
  stockSeedSchema,
} from './prima-schemas';
import type { PrimaState } from './prima-state';

/** A single-valued string query parameter, if given. */
const queryText = (req: Request, name: string): string | undefined => {
  const value = req.query[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

const seededOrderSchema = newSalesOrderSchema.extend({
  status: z.enum(['AWAITING_AUTHORISATION', 'AUTHORISED']).default('AWAITING_AUTHORISATION'),
});

const dropRuleSchema = z.object({
  method: z.string().optional(),
  requestType: z.string().optional(),
  times: z.number().int().positive().default(1),
});

/**
 * `/admin/prima`: seed master data and documents, move orders through Prima's own steps
 * (authorise, cancel), read back everything Parity created, and switch on Prima-only faults.
 */
export function primaAdminRoutes(
  state: PrimaState,
  dropper: ResponseDropper,
  vatRates: VatRates,
): Router {
  const router = Router();
  router.use(json({ limit: '10mb' }));

  router.post('/items', (req, res) => {
    for (const item of parseOrProblem(z.array(itemSchema), req.body)) {
      state.items.set(item.itemCode, { ...item, modifiedAt: state.now() });
    }
    res.status(204).end();
  });
  router.post('/depots', (req, res) => {
    for (const depot of parseOrProblem(z.array(depotSchema), req.body)) {
      state.depots.set(depot.depotCode, depot);
    }
    res.status(204).end();
  });
  router.post('/customers', (req, res) => {
    for (const customer of parseOrProblem(z.array(customerSchema), req.body)) {
      state.customers.set(customer.accountCode, {
        accountCode: customer.accountCode,
        creditLimitMinor: parseHundredths(customer.creditLimit),
        balanceMinor: parseHundredths(customer.balance),
      });
    }
    res.status(204).end();
  });
  router.post('/stock', (req, res) => {
    for (const seed of parseOrProblem(z.array(stockSeedSchema), req.body)) {
      const row = state.stockAt(seed.itemCode, seed.depotCode);
      state.touchStock(row, {
        onHand: seed.quantityOnHand - row.onHand,
        allocated: seed.quantityAllocated - row.allocated,
        onOrder: seed.quantityOnOrder - row.onOrder,
      });
    }
    res.status(204).end();
  });
  router.get('/stock', (_req, res) => {
    res.json([...state.stock.values()].map((row) => presentStock(state, row)));
  });

  router.post('/purchase-orders', (req, res) => {
    const created = parseOrProblem(z.array(purchaseOrderSchema), req.body).map((po) =>
      presentPurchaseOrder(addPurchaseOrder(state, po)),
    );
    res.status(201).json(created);
  });
  router.post('/purchase-orders/:poNumber/cancel', (req, res) => {
    const po = state.purchaseOrders.get(req.params.poNumber);
    if (!po) throw notFound(`No purchase order ${req.params.poNumber}.`);
    cancelPurchaseOrder(state, po);
    res.json(presentPurchaseOrder(po));
  });

  router.post('/sales-orders', (req, res) => {
    const created = parseOrProblem(z.array(seededOrderSchema), req.body).map((seed) => {
      const order = createSalesOrder(state, seed, vatRates);
      if (seed.status === 'AUTHORISED') authoriseSalesOrder(state, order, 'SEED');
      return presentSalesOrder(order);
    });
    res.status(201).json(created);
  });
  router.get('/sales-orders', (req, res) => {
    const source = queryText(req, 'orderSource');
    const reference = queryText(req, 'customerReference');
    res.json(
      [...state.salesOrders.values()]
        .filter(
          (order) =>
            (!source || order.orderSource === source) &&
            (!reference || order.customerReference === reference),
        )
        .map(presentSalesOrder),
    );
  });
  for (const action of ['authorise', 'cancel'] as const) {
    router.post(`/sales-orders/:orderNumber/${action}`, (req, res) => {
      const order = state.salesOrders.get(req.params.orderNumber);
      if (!order) throw notFound(`No sales order ${req.params.orderNumber}.`);
      if (action === 'authorise') authoriseSalesOrder(state, order, 'ADMIN');
      else cancelSalesOrder(state, order);
      res.json(presentSalesOrder(order));
    });
  }

  router.get('/despatch-notes', (_req, res) => void res.json([...state.despatchNotes.values()]));
  router.get('/receipt-notes', (_req, res) => void res.json([...state.receiptNotes.values()]));
  router.get('/return-authorisations', (_req, res) => {
    res.json([...state.returnAuthorisations.values()]);
  });
  router.get('/credit-notes', (_req, res) => {
    res.json([...state.creditNotes.values()].map(presentCreditNote));
  });
  router.get('/stock-level-pushes', (_req, res) => void res.json(state.stockPushes));
  router.get('/counters', (_req, res) => void res.json(state.counters));
  router.get('/requests', (_req, res) => void res.json(state.requestLog));

  router.post('/faults/drop-after-apply', (req, res) => {
    dropper.add(parseOrProblem(dropRuleSchema, req.body));
    res.status(204).end();
  });
  router.delete('/faults', (_req, res) => {
    dropper.clear();
    res.status(204).end();
  });

  router.use(problemHandler);
  return router;
}
