import { json, Router, type Request, type Response } from 'express';
import {
  addProduct,
  eachInBatch,
  PRODUCT_GROUPS,
  productUpdate,
  productWrite,
  updateProduct,
  type BatchResult,
} from './sitoo-catalogue';
import {
  basicAuth,
  intParam,
  type LostResponses,
  page,
  type RequestLog,
  SitooRefusal,
  sitooErrors,
} from './sitoo-http';
import type { SitooState } from './sitoo-state';
import { parseTransactions } from './sitoo-transaction-input';

export interface SitooApiOptions {
  readonly state: SitooState;
  readonly accountId: string;
  readonly siteId: number;
  readonly apiId: string;
  readonly password: string;
  readonly lostResponses: LostResponses;
  readonly requests: RequestLog;
}

/** Sitoo's REST API v2, `/v2/accounts/{accountid}/…`, for the parts Parity uses. */
export function sitooApi(options: SitooApiOptions): Router {
  const { state } = options;
  const api = Router();
  const account = Router({ mergeParams: true });
  const site = Router({ mergeParams: true });

  api.use(
    '/v2/accounts/:accountId',
    options.requests.middleware(),
    basicAuth(options.apiId, options.password),
    (req, _res, next) => {
      // The credentials belong to one account; another account's URL is not theirs.
      if (req.params.accountId !== options.accountId) throw new SitooRefusal(401, 'Unauthorized');
      next();
    },
    options.lostResponses.middleware(),
    json({ limit: '10mb' }),
    account,
  );
  account.use(
    '/sites/:siteId',
    (req, _res, next) => {
      if (req.params.siteId !== String(options.siteId)) {
        throw new SitooRefusal(404, `site ${req.params.siteId} not found`);
      }
      next();
    },
    site,
  );

  site.get('/products.json', (req, res) => {
    // `sku` takes a comma-separated list, as warehouseitems does [ASSUMED for products].
    const skus = typeof req.query.sku === 'string' ? req.query.sku.split(',') : undefined;
    const inactiveToo = req.query.includeinactive === 'true';
    const products = [...state.products.values()].filter(
      (product) => (inactiveToo || product.active) && (!skus || skus.includes(product.sku)),
    );
    res.json(page(req, products));
  });
  site.post('/products.json', (req, res) => {
    answerBatch(
      res,
      eachInBatch(batchOf(req), productWrite, (p) => addProduct(state, p).productid),
    );
  });
  site.put('/products.json', (req, res) => {
    answerBatch(
      res,
      eachInBatch(batchOf(req), productUpdate, (p) => {
        updateProduct(state, p);
        return true;
      }),
    );
  });
  site.get('/vats.json', (req, res) => {
    const groups = Object.entries(PRODUCT_GROUPS).map(([vatid, value]) => ({
      vatid: Number(vatid),
      value,
    }));
    res.json(page(req, groups));
  });
  site.get('/stores.json', (req, res) => {
    res.json(page(req, [...state.stores.values()]));
  });
  site.get('/warehouses.json', (req, res) => {
    res.json(page(req, [...state.warehouses.values()]));
  });
  site.get('/warehouses/:warehouseId/warehouseitems.json', (req, res) => {
    const warehouseid = knownWarehouse(state, req.params.warehouseId);
    const skus = typeof req.query.sku === 'string' ? req.query.sku.split(',') : undefined;
    const items = state
      .warehouseItems(warehouseid)
      .filter((item) => !skus || skus.includes(item.sku));
    res.json(page(req, items));
  });
  site.get('/warehouses/:warehouseId/warehousetransactions.json', (req, res) => {
    const warehouseid = knownWarehouse(state, req.params.warehouseId);
    res.json(page(req, transactions(state, req, warehouseid)));
  });
  site.get('/warehousetransactions.json', (req, res) => {
    res.json(page(req, transactions(state, req, intParam(req, 'warehouseid'))));
  });
  site.post('/warehousetransactions.json', (req, res) => {
    const created = parseTransactions(state, req.body).map(
      (input) => state.applyTransaction(input).warehousetransactionid,
    );
    // One transaction answers with its id; several with one id per transaction sent.
    res.json(created.length === 1 ? created[0] : created);
  });
  site.get('/orders/:orderId.json', (req, res) => {
    const order = state.order(Number(req.params.orderId));
    if (!order || order.eshopid !== options.siteId) {
      throw new SitooRefusal(404, `order ${req.params.orderId} not found`);
    }
    res.json(order);
  });

  account.get('/orders.json', (req, res) => {
    const from = intParam(req, 'orderidfrom') ?? 0;
    const to = intParam(req, 'orderidto') ?? Number.MAX_SAFE_INTEGER;
    const eshopid = intParam(req, 'eshopid');
    const ordertype = intParam(req, 'ordertype');
    const sort = req.query.sort ?? 'orderid';
    if (sort !== 'orderid' && sort !== '-orderid') {
      throw new SitooRefusal(400, 'sort must be orderid or -orderid');
    }
    const matching = state.orders.filter(
      (order) =>
        order.orderid >= from &&
        order.orderid <= to &&
        (eshopid === undefined || order.eshopid === eshopid) &&
        (ordertype === undefined || order.ordertypeid === ordertype),
    );
    res.json(page(req, sort === 'orderid' ? matching : [...matching].reverse()));
  });

  api.use((_req) => {
    throw new SitooRefusal(404, 'Resource not found');
  });
  api.use(sitooErrors());
  return api;
}

function batchOf(req: Request): unknown[] {
  if (!Array.isArray(req.body)) throw new SitooRefusal(400, 'Send an array of products');
  return req.body as unknown[];
}

/**
 * "Returns productid [or true] or a batch envelope if multiple": one element is answered
 * bare, or refused with the request's status; several with one result each.
 */
function answerBatch(res: Response, results: readonly BatchResult[]): void {
  const [only] = results;
  if (results.length !== 1 || !only) return void res.json(results);
  if ('errortext' in only) throw new SitooRefusal(only.statuscode, only.errortext);
  res.json(only.return);
}

function knownWarehouse(state: SitooState, raw: string | string[] | undefined): number {
  const warehouseid = Number(raw);
  if (!state.warehouses.has(warehouseid)) {
    throw new SitooRefusal(404, `warehouse ${String(raw)} not found`);
  }
  return warehouseid;
}

function transactions(state: SitooState, req: Request, warehouseid: number | undefined) {
  const idFrom = intParam(req, 'warehousetransactionidfrom') ?? 0;
  const dateFrom = intParam(req, 'datecreatedfrom') ?? 0;
  const type = intParam(req, 'transactiontype');
  return state.transactions.filter(
    (t) =>
      t.warehousetransactionid >= idFrom &&
      t.datecreated >= dateFrom &&
      (warehouseid === undefined || t.warehouseid === warehouseid) &&
      (type === undefined || t.transactiontype === type),
  );
}
