import { json, Router, type Response } from 'express';
import { WarehouseError, type SalesOrder } from './model';
import type { LostAnswerRule, LostAnswers } from './lost-answers';
import type { Sessions } from './sessions';
import type { Subscriptions } from './subscriptions';
import type { Warehouse } from './warehouse';

export interface AdminDeps {
  readonly warehouse: Warehouse;
  readonly sessions: Sessions;
  readonly subscriptions: Subscriptions;
  readonly counters: () => Record<string, number>;
  /** The next `times` SOAP calls answer a "server busy" fault. */
  readonly makeBusy: (times: number) => void;
  readonly lostAnswers: LostAnswers;
}

/**
 * `/admin/peoplevox`: seed the catalogue and stock, move goods "physically" (goods in,
 * allocation, picking, despatch of packages, returns), read back what Parity saved, and see
 * subscriptions and call counters.
 */
export function adminRoutes(deps: AdminDeps): Router {
  const { warehouse } = deps;
  const router = Router();
  router.use(json({ limit: '5mb' }));

  router.post('/items', (req, res) =>
    run(res, 201, () => {
      const items = req.body as {
        itemCode?: string;
        name?: string;
        barcode?: string;
        retailPrice?: string;
      }[];
      if (!Array.isArray(items)) throw new WarehouseError(400, 'Send an array of items');
      for (const item of items) {
        if (!item.itemCode || !item.name)
          throw new WarehouseError(400, 'Items need an itemCode and a name');
        warehouse.saveItemType({
          itemCode: item.itemCode,
          name: item.name,
          barcode: item.barcode ?? '',
          description: '',
          retailPrice: item.retailPrice ?? '',
          origin: 'seed',
        });
      }
      return { saved: items.length };
    }),
  );
  router.get('/items', (req, res) => {
    const origin = req.query['origin'];
    res.json(
      [...warehouse.items.values()]
        .filter((item) => !origin || item.origin === origin)
        .map((item) => ({
          ...item,
          stock: Object.fromEntries(
            warehouse.sites.map((site) => [site, stockView(warehouse, item.itemCode, site)]),
          ),
        })),
    );
  });
  router.put('/stock', (req, res) =>
    run(res, 200, () => {
      const { itemCode, site, onHand } = req.body as {
        itemCode: string;
        site?: string;
        onHand: number;
      };
      if (!Number.isInteger(onHand) || onHand < 0)
        throw new WarehouseError(400, 'onHand must be a whole number ≥ 0');
      const at = site ?? (warehouse.sites[0] as string);
      warehouse.countStock(itemCode, at, onHand);
      return stockView(warehouse, itemCode, at);
    }),
  );

  router.get(
    '/sales-orders',
    (_req, res) => void res.json([...warehouse.orders.values()].map(orderView)),
  );
  router.get('/sales-orders/:no', (req, res) => {
    const order = warehouse.orders.get(req.params.no);
    if (order) res.json(orderView(order));
    else res.status(404).json({ error: `Sales order ${req.params.no} does not exist` });
  });
  router.post('/sales-orders/:no/allocate', (req, res) =>
    run(res, 200, () => orderView(warehouse.allocate(req.params.no))),
  );
  router.post('/sales-orders/:no/pick', (req, res) =>
    run(res, 200, () => orderView(warehouse.pick(req.params.no))),
  );
  router.post('/sales-orders/:no/cancel', (req, res) =>
    run(res, 200, () => warehouse.cancel(req.params.no)),
  );
  router.post('/sales-orders/:no/despatches', (req, res) =>
    run(res, 201, () => {
      const body = req.body as Parameters<Warehouse['despatch']>[1];
      if (typeof body?.carrier !== 'string' || !Array.isArray(body.items)) {
        throw new WarehouseError(400, 'A package needs a carrier and items [{itemCode, quantity}]');
      }
      return warehouse.despatch(req.params.no, body);
    }),
  );
  router.get('/despatches', (_req, res) => void res.json(warehouse.despatches));
  router.get(
    '/purchase-orders',
    (_req, res) => void res.json([...warehouse.purchaseOrders.values()]),
  );

  router.post('/goods-in', (req, res) =>
    run(res, 201, () => {
      const body = req.body as {
        reference?: string;
        site?: string;
        items?: { itemCode: string; quantity: number }[];
      };
      if (typeof body?.reference !== 'string' || !Array.isArray(body.items)) {
        throw new WarehouseError(
          400,
          'Goods in need a reference (the PO) and items [{itemCode, quantity}]',
        );
      }
      return warehouse.receive(
        body.reference,
        body.site ?? (warehouse.sites[0] as string),
        body.items,
      );
    }),
  );
  router.post('/returns', (req, res) =>
    run(res, 201, () => {
      const body = req.body as Parameters<Warehouse['recordReturn']>[0];
      if (typeof body?.salesOrderNumber !== 'string' || !Array.isArray(body.items)) {
        throw new WarehouseError(
          400,
          'A return needs a salesOrderNumber and items [{itemCode, quantity, reason?, condition?}]',
        );
      }
      return warehouse.recordReturn(body);
    }),
  );

  router.get('/goods-in', (_req, res) => void res.json(warehouse.goodsIns));
  router.get('/subscriptions', (_req, res) => void res.json(deps.subscriptions.list()));
  router.get('/counters', (_req, res) => void res.json(deps.counters()));
  router.post('/sessions/expire', (_req, res) => {
    deps.sessions.expireAll();
    res.status(204).end();
  });
  router.post('/busy', (req, res) => {
    const times = Number((req.body as { times?: number })?.times ?? 1);
    deps.makeBusy(times);
    res.status(204).end();
  });
  /** The next `times` calls of `operation` are served, then their answers lost (see LostAnswers). */
  router.put('/lost-answers', (req, res) =>
    run(res, 200, () => {
      const rule = (req.body ?? {}) as LostAnswerRule;
      const { times, status } = rule;
      if (times !== undefined && !(Number.isInteger(times) && times > 0))
        throw new WarehouseError(400, 'times must be a positive whole number');
      if (status !== undefined && !(Number.isInteger(status) && status >= 500 && status <= 599))
        throw new WarehouseError(400, 'status must be a 5xx status');
      deps.lostAnswers.set(rule);
    }),
  );
  return router;
}

function run(res: Response, status: number, work: () => unknown): void {
  try {
    const result = work();
    if (result === undefined) res.status(204).end();
    else res.status(status).json(result);
  } catch (error) {
    if (!(error instanceof WarehouseError)) throw error;
    res.status(error.status).json({ error: error.message });
  }
}

function stockView(warehouse: Warehouse, itemCode: string, site: string) {
  const level = warehouse.level(itemCode, site);
  return { ...level, available: level.onHand - level.allocated };
}

function orderView(order: SalesOrder) {
  return {
    ...order,
    createdAt: order.createdAt.toISOString(),
    lastModifiedAt: order.lastModifiedAt.toISOString(),
  };
}
