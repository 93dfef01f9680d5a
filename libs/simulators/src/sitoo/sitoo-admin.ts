import { type ErrorRequestHandler, json, Router, type Response } from 'express';
import { z } from 'zod';
import type { SimulatorContext } from '../platform/vendor-simulator';
import { parseDecimal, STOCK_PLACES } from './sitoo-decimal';
import type { SitooEventQueue } from './sitoo-events';
import type { LostResponses, RequestLog } from './sitoo-http';
import type { SitooOrder } from './sitoo-records';
import { type SitooState, TransactionType } from './sitoo-state';
import { addProduct, ProductRefused } from './sitoo-catalogue';
import { ringUp, TillRefused, type TillTransaction } from './sitoo-till';

export interface SitooAdminOptions {
  readonly state: SitooState;
  readonly context: SimulatorContext;
  readonly queue: SitooEventQueue;
  readonly lostResponses: LostResponses;
  readonly requests: RequestLog;
  readonly accountId: string;
  readonly siteId: number;
}

const money = z.string().regex(/^-?\d+(\.\d{1,2})?$/);
const stock = z.string().regex(/^-?\d+(\.\d{1,3})?$/);

const productsInput = z.array(
  z.object({
    sku: z.string().min(1),
    title: z.string().default(''),
    moneyprice: money,
    moneypriceorg: money.default('0.00'),
    vatvalue: z.number().min(0).max(100),
    /** Makes this product a variant of the one with this sku. */
    parentSku: z.string().optional(),
    barcode: z.string().optional(),
  }),
);
const warehousesInput = z.array(
  z.object({
    name: z.string().min(1),
    currencycode: z.string().length(3),
    timezone: z.string().default('UTC'),
    externalid: z.string().optional(),
    storeExternalid: z.string().optional(),
  }),
);
const stockInput = z.array(
  z.object({
    warehouseid: z.number().int(),
    sku: z.string(),
    total: stock,
    reserved: stock.default('0'),
  }),
);
const lines = {
  sold: z.array(
    z.object({ sku: z.string(), quantity: z.number().int(), rowdiscount: money.optional() }),
  ),
  returned: z.object({
    originalOrderId: z.number().int(),
    lines: z.array(
      z.object({
        orderitemid: z.number().int(),
        quantity: z.number().int(),
        reasoncode: z.string().optional(),
      }),
    ),
    reasoncode: z.string().optional(),
    comment: z.string().optional(),
  }),
};
const tillBase = z.object({
  warehouseid: z.number().int(),
  payments: z
    .array(z.object({ name: z.string(), amount: money, refid: z.string().optional() }))
    .optional(),
  receiptId: z.string().optional(),
  registerid: z.union([z.number().int(), z.string().min(1)]).optional(),
  customerref: z.string().optional(),
  orderdate: z.number().int().optional(),
});
const tillInputs = {
  sales: tillBase.extend({ sold: lines.sold.min(1) }),
  returns: tillBase.extend({ returned: lines.returned }),
  exchanges: tillBase.extend({ sold: lines.sold.min(1), returned: lines.returned }),
} as const;
/**
 * Orders as Sitoo itself wrote them (its published examples): kept verbatim, only the fields
 * the simulator files them by are checked.
 */
const recordedOrdersInput = z.array(
  z.looseObject({
    orderid: z.number().int().positive(),
    eshopid: z.number().int(),
    warehouseid: z.number().int().nullable(),
    orderitems: z.array(z.record(z.string(), z.unknown())),
  }),
);
const targetInput = z.object({
  url: z.url(),
  auth: z.object({ username: z.string(), password: z.string() }).optional(),
});

/** `/admin/sitoo`: seed the account, work the tills, steer the events push, read back. */
export function sitooAdmin(options: SitooAdminOptions): Router {
  const { state, queue } = options;
  const admin = Router();
  admin.use(json({ limit: '10mb' }));

  // What the account's catalogue holds, inactive products too: what Parity created or changed.
  admin.get('/products', (_req, res) => void res.json([...state.products.values()]));
  admin.post('/products', (req, res) => {
    const input = parse(productsInput, req.body, res);
    if (!input) return;
    const created = input.map(({ parentSku, moneypriceorg, ...p }) => {
      const parent = parentSku === undefined ? undefined : state.productBySku(parentSku);
      if (parentSku !== undefined && !parent) throw new TillRefused(`no parent ${parentSku}`);
      const product = addProduct(state, { ...p, variantparentid: parent?.productid });
      product.moneypriceorg = moneypriceorg;
      return product;
    });
    res.status(201).json(created);
  });

  /** The API calls served since the last reset: method, path with query, status. */
  admin.get('/requests', (_req, res) => void res.json(options.requests.entries));

  admin.post('/warehouses', (req, res) => {
    const input = parse(warehousesInput, req.body, res);
    if (!input) return;
    const created = input.map((w) => {
      const storeid = state.newId('store');
      state.stores.set(storeid, { storeid, name: w.name, externalid: w.storeExternalid ?? null });
      const warehouseid = state.newId('warehouse');
      const warehouse = {
        warehouseid,
        warehousetype: 10,
        usetype: 10,
        storeid,
        sellable: true,
        currencycode: w.currencycode,
        name: w.name,
        externalid: w.externalid ?? null,
      };
      state.warehouses.set(warehouseid, warehouse);
      state.timeZones.set(warehouseid, w.timezone);
      return warehouse;
    });
    res.status(201).json(created);
  });

  admin.put('/stock', (req, res) => {
    const input = parse(stockInput, req.body, res);
    if (!input) return;
    res.json(
      input.map((s) => {
        if (!state.warehouses.has(s.warehouseid))
          throw new TillRefused(`no warehouse ${s.warehouseid}`);
        return state.setStock(s.warehouseid, s.sku, thousandths(s.total), thousandths(s.reserved));
      }),
    );
  });
  admin.get('/stock/:warehouseId', (req, res) => {
    res.json(state.warehouseItems(Number(req.params.warehouseId)));
  });

  for (const [kind, schema] of Object.entries(tillInputs)) {
    admin.post(`/${kind}`, (req, res) => {
      const input = parse<TillTransaction>(schema, req.body, res);
      if (!input) return;
      const order = ringUp(state, options.siteId, input);
      const event = orderEvent(options, order);
      queue.enqueue(event);
      res.status(201).json({ order, eventId: event.event_id });
    });
  }

  admin.post('/orders/recorded', (req, res) => {
    const input = parse(recordedOrdersInput, req.body, res);
    if (!input) return;
    const eventIds = input.map((recorded) => {
      const order = recorded as unknown as SitooOrder;
      if (state.order(order.orderid)) throw new TillRefused(`order ${order.orderid} exists`);
      state.recordOrder(order);
      const event = orderEvent(options, order);
      queue.enqueue(event);
      return event.event_id;
    });
    res.status(201).json({ eventIds });
  });

  admin.get('/adjustments', (_req, res) => {
    const written = [TransactionType.MOVE_IN, TransactionType.MOVE_OUT] as number[];
    res.json(state.transactions.filter((t) => written.includes(t.transactiontype)));
  });

  admin.put('/events/target', (req, res) => {
    const input = parse(targetInput, req.body, res);
    if (!input) return;
    queue.setTarget(input);
    res.status(204).end();
  });
  admin.delete('/events/target', (_req, res) => {
    queue.setTarget(undefined);
    res.status(204).end();
  });
  admin.get('/events/queue', (_req, res) => void res.json(queue.view()));
  admin.post('/events/idle', async (_req, res) => {
    await queue.idle();
    res.json(queue.view());
  });

  admin.post('/lose-responses', (req, res) => {
    const input = parse(
      z.object({ times: z.number().int().min(0), path: z.string().optional() }),
      req.body,
      res,
    );
    if (!input) return;
    options.lostResponses.arm(input.times, input.path);
    res.status(204).end();
  });

  admin.get('/counters', (_req, res) => {
    res.json({
      products: state.products.size,
      warehouses: state.warehouses.size,
      orders: state.orders.length,
      warehouseTransactions: state.transactions.length,
      events: queue.view().counters,
    });
  });

  admin.use(refusedAsBadRequest);
  return admin;
}

const refusedAsBadRequest: ErrorRequestHandler = (error, _req, res, next) => {
  if (!(error instanceof TillRefused || error instanceof ProductRefused)) return next(error);
  res.status(400).json({ error: error.message });
};

/** The thin event Sitoo queues for a new POS order: ids only. */
function orderEvent(options: SitooAdminOptions, order: SitooOrder) {
  const hex = Array.from({ length: 32 }, () => options.context.rng.int(0, 15).toString(16)).join(
    '',
  );
  return {
    event_id: hex,
    event_type: 'order' as const,
    event_date: options.state.epochNow(),
    account_id: options.accountId,
    data: {
      eshop_id: order.eshopid,
      order_id: order.orderid,
      warehouse_id: order.warehouseid,
      order_event_type: 'add',
      order_state_changed: 'closed',
    },
  };
}

function thousandths(text: string): bigint {
  const value = parseDecimal(text, STOCK_PLACES);
  if (value === undefined) throw new TillRefused(`${text} is not a quantity`);
  return value;
}

function parse<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  res.status(400).json({ error: z.prettifyError(result.error) });
  return undefined;
}
