import { json, Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { addItem, addMatrix, addShop, setQuantityOnHand } from './catalogue';
import { parseScaled } from './decimal';
import type { LightspeedApiDeps } from './lightspeed-api';
import { LightspeedRejection, sendLightspeedError } from './lightspeed-errors';
import { renderItem, renderMatrix, renderSale, renderShop } from './lightspeed-render';
import { completeSale, recordSale } from './sales-ledger';

const money = z.string().transform((value, ctx) => {
  const minor = parseScaled(value, 2);
  if (minor === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a decimal string with at most 2 decimals' });
    return z.NEVER;
  }
  return minor;
});

const shopBody = z.object({ name: z.string().min(1), timeZone: z.string().min(1) });
const matrixBody = z.object({
  description: z.string().min(1),
  itemAttributeSetID: z.string().default('1'),
});
const itemBody = z.object({
  description: z.string().min(1),
  customSku: z.string().default(''),
  ean: z.string().default(''),
  itemType: z.enum(['default', 'non_inventory', 'serialized', 'gift_card']).default('default'),
  price: money,
  taxClassID: z.string().default('1'),
  itemMatrixID: z.string().optional(),
  attributes: z
    .object({
      attribute1: z.string(),
      attribute2: z.string().default(''),
      attribute3: z.string().default(''),
    })
    .optional(),
});
const stockBody = z.object({ itemID: z.string(), shopID: z.string(), qoh: z.number().int() });
const saleBody = z.object({
  shopID: z.string(),
  lines: z
    .array(
      z.object({
        /** "0" for a miscellaneous line, which then needs a unitPrice and a note. */
        itemID: z.string(),
        quantity: z.number().int().positive(),
        unitPrice: money.optional(),
        discount: money.optional(),
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
  transactionDiscount: money.optional(),
  returned: z
    .object({
      saleID: z.string(),
      lines: z.array(z.object({ saleLineID: z.string(), quantity: z.number().int().positive() })),
    })
    .optional(),
  payments: z
    .array(
      z.object({
        paymentTypeID: z.string(),
        amount: money.optional(),
        archived: z.boolean().optional(),
      }),
    )
    .default([]),
  completed: z.boolean().default(true),
  /** Served as older API versions serve a completed sale: without completeTime. */
  withoutCompleteTime: z.boolean().default(false),
  customerID: z.string().optional(),
});
/** A Sale as Lightspeed wrote it (the `Sale` of a response body): kept and served verbatim. */
const recordedSaleBody = z.looseObject({
  saleID: z.string().regex(/^\d+$/),
  timeStamp: z.string().min(1),
});

/**
 * `/admin/lightspeed`: seed shops, matrices, items and stock; ring up sales, refunds and
 * exchanges at the till; read back the stock levels Parity set; watch the account's traffic.
 */
export function lightspeedAdmin(deps: LightspeedApiDeps): Router {
  const { state } = deps;
  const router = Router();
  router.use(json({ limit: '5mb' }));
  const handle =
    <T extends z.ZodType>(schema: T, act: (body: z.output<T>, req: Request) => unknown) =>
    (req: Request, res: Response) => {
      const parsed = schema.safeParse(req.body ?? {});
      if (!parsed.success) return sendLightspeedError(res, 400, z.prettifyError(parsed.error));
      try {
        res.status(201).json(act(parsed.data, req));
      } catch (error) {
        if (!(error instanceof LightspeedRejection)) throw error;
        sendLightspeedError(res, error.status, error.message);
      }
    };

  router.post(
    '/shops',
    handle(shopBody, (body) => renderShop(addShop(state, body))),
  );
  router.post(
    '/matrices',
    handle(matrixBody, (body) => renderMatrix(addMatrix(state, body))),
  );
  router.post(
    '/items',
    handle(itemBody, (body) =>
      renderItem(state, addItem(state, { ...body, priceMinor: body.price }), new Set()),
    ),
  );
  router.put(
    '/stock',
    handle(stockBody, (body) => {
      setQuantityOnHand(state, body.itemID, body.shopID, body.qoh);
      return { ok: true };
    }),
  );
  router.post(
    '/sales',
    handle(saleBody, (body) => {
      const sale = recordSale(state, {
        shopID: body.shopID,
        sold: body.lines.map((line) => ({
          itemID: line.itemID,
          quantity: line.quantity,
          unitPriceMinor: line.unitPrice,
          discountMinor: line.discount,
          note: line.note,
        })),
        transactionDiscountMinor: body.transactionDiscount,
        returned: body.returned,
        payments: body.payments.map((payment) => ({
          paymentTypeID: payment.paymentTypeID,
          amountMinor: payment.amount,
          archived: payment.archived,
        })),
        completed: body.completed,
        withoutCompleteTime: body.withoutCompleteTime,
        customerID: body.customerID,
      });
      return renderSale(state, sale, new Set(['SaleLines', 'SalePayments']));
    }),
  );
  router.post(
    '/sales/recorded',
    handle(recordedSaleBody, (body) => {
      if (state.sales.has(body.saleID) || state.recordedSales.has(body.saleID)) {
        throw new LightspeedRejection(409, `Sale ${body.saleID} already exists`);
      }
      state.recordedSales.set(body.saleID, { recorded: body });
      return body;
    }),
  );
  router.post(
    '/sales/:saleID/complete',
    handle(z.object({}), (_body, req) =>
      renderSale(state, completeSale(state, String(req.params['saleID'])), new Set()),
    ),
  );

  // What the account's catalogue holds, archived items too: what Parity created or changed.
  router.get('/items', (_req, res) => void res.json([...state.items.values()]));
  router.get('/matrices', (_req, res) => void res.json([...state.matrices.values()]));
  router.get('/item-shop-updates', (_req, res) => void res.json(state.itemShopUpdates));
  router.get('/counters', (_req, res) => {
    const { bucket } = deps;
    res.json({
      requests: deps.traffic.requests,
      rateLimited: deps.traffic.rateLimited,
      refreshes: deps.oauth.refreshes,
      bucketLevel: bucket.currentLevel(),
      bucketSize: bucket.size,
    });
  });
  router.get('/requests', (_req, res) => void res.json(deps.traffic.log));
  router.post('/oauth/expire-access-tokens', (_req, res) => {
    deps.oauth.expireAccessTokens();
    res.status(204).end();
  });
  return router;
}
