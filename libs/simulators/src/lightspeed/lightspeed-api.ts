import { json, Router, type NextFunction, type Request, type Response } from 'express';
import { addItem, addMatrix, changeItem, setQuantityOnHand } from './catalogue';
import { LightspeedRejection, sendLightspeedError } from './lightspeed-errors';
import type { LeakyBucket } from './leaky-bucket';
import { lightspeedResources } from './lightspeed-resources';
import type { LightspeedState } from './lightspeed-state';
import type { OAuthServer } from './oauth-server';
import { recordSale, unreturnedLines } from './sales-ledger';
import { listV3, parseRelations } from './v3-listing';
import {
  parseItemChange,
  parseItemCreate,
  parseItemShopsUpdate,
  parseMatrixCreate,
  parseRefundRequest,
} from './write-bodies';

export interface ApiTraffic {
  requests: number;
  rateLimited: number;
  readonly log: { method: string; path: string; status: number; at: string }[];
}

export interface LightspeedApiDeps {
  readonly accountId: string;
  readonly state: LightspeedState;
  readonly oauth: OAuthServer;
  readonly bucket: LeakyBucket;
  readonly traffic: ApiTraffic;
}

const PATH = /^\/API\/V3\/Account(?:\/([^/]+)\/([A-Za-z]+)(?:\/(\d+))?(\/refund)?)?\.json$/;
const READ_COST = 1;
/** Third-party clients budget 10 per write (vendor-apis.md §1.3, INFERRED). */
const WRITE_COST = 10;
const LOG_LIMIT = 1_000;

/** `/API/V3/Account/{accountID}/{Resource}.json`, behind bearer auth and the leaky bucket. */
export function lightspeedApi(deps: LightspeedApiDeps): Router {
  const router = Router();
  const resources = lightspeedResources(deps.state);
  router.use('/API', json({ limit: '5mb' }), (req, res, next) => admit(deps, req, res, next));

  router.use('/API', (req, res) => {
    try {
      route(deps, resources, req, res);
    } catch (error) {
      if (!(error instanceof LightspeedRejection)) throw error;
      sendLightspeedError(res, error.status, error.message);
    }
  });
  return router;
}

/** Bearer token first, then the bucket: an unauthenticated call costs the account nothing. */
function admit(deps: LightspeedApiDeps, req: Request, res: Response, next: NextFunction): void {
  deps.traffic.requests += 1;
  res.on('finish', () => {
    deps.traffic.log.push({
      method: req.method,
      path: req.originalUrl,
      status: res.statusCode,
      at: new Date().toISOString(),
    });
    if (deps.traffic.log.length > LOG_LIMIT) deps.traffic.log.shift();
  });
  const token = /^Bearer (\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  if (!token || !deps.oauth.accepts(token)) {
    return sendLightspeedError(res, 401, 'Invalid or expired access token');
  }
  const bucket = deps.bucket;
  const cost = req.method === 'GET' ? READ_COST : WRITE_COST;
  const poured = bucket.pour(cost);
  res.set({
    'X-LS-API-Bucket-Level': bucket.levelHeader(),
    'X-LS-API-Drip-Rate': String(bucket.dripPerSecond),
    'X-LS-API-Request-Cost': String(cost),
  });
  if (!poured.accepted) {
    deps.traffic.rateLimited += 1;
    res.set('Retry-After', String(poured.retryAfterSeconds));
    return sendLightspeedError(res, 429, 'Rate limit exceeded');
  }
  next();
}

function route(
  deps: LightspeedApiDeps,
  resources: ReturnType<typeof lightspeedResources>,
  req: Request,
  res: Response,
): void {
  const match = PATH.exec(`/API${req.path}`);
  if (!match) throw new LightspeedRejection(404, `No such endpoint: ${req.path}`);
  const [, accountId, resourceName, id, refund] = match;
  if (accountId === undefined) {
    return void res.json({
      '@attributes': { count: '1' },
      Account: { accountID: deps.accountId, name: 'Parity Sandbox Retail' },
    });
  }
  if (accountId !== deps.accountId) {
    throw new LightspeedRejection(401, `This token has no access to account ${accountId}`);
  }
  const resource = resources.get(resourceName ?? '');
  if (!resource) throw new LightspeedRejection(404, `Unknown resource ${resourceName}`);
  const query = stringQuery(req);
  const selfUrl = `${req.protocol}://${req.get('host')}${req.baseUrl}${req.path}`;

  if (req.method === 'GET' && id === undefined && !refund) {
    return void res.json(listV3(resource, query, selfUrl));
  }
  if (req.method === 'GET' && id !== undefined && !refund) {
    const relations = parseRelations(resource, query['load_relations']);
    const record = [...resource.records()].find(
      (candidate) => resource.render(candidate, new Set())[resource.idField] === id,
    );
    if (!record) throw new LightspeedRejection(404, `${resource.name} ${id} not found`);
    return void res.json({
      '@attributes': { count: '1' },
      [resource.name]: resource.render(record, relations),
    });
  }
  const answer = (record: unknown, relations: string[] = []) =>
    void res.json({
      '@attributes': { count: '1' },
      [resource.name]: resource.render(record, new Set(relations)),
    });
  if (req.method === 'POST' && resource.name === 'ItemMatrix' && id === undefined) {
    requireJson(req);
    return answer(addMatrix(deps.state, parseMatrixCreate(req.body)));
  }
  if (req.method === 'POST' && resource.name === 'Item' && id === undefined) {
    requireJson(req);
    return answer(addItem(deps.state, parseItemCreate(req.body)));
  }
  if (req.method === 'DELETE' && resource.name === 'Item' && id !== undefined) {
    return answer(changeItem(deps.state, id, { archived: true }));
  }
  const isStockUpdate =
    typeof req.body === 'object' && req.body !== null && 'ItemShops' in req.body;
  if (req.method === 'PUT' && resource.name === 'Item' && id !== undefined && !isStockUpdate) {
    requireJson(req);
    return answer(changeItem(deps.state, id, parseItemChange(req.body)));
  }
  if (req.method === 'PUT' && resource.name === 'Item' && id !== undefined && !refund) {
    requireJson(req);
    const item = deps.state.items.get(id);
    if (!item) throw new LightspeedRejection(404, `Item ${id} not found`);
    const rows = parseItemShopsUpdate(req.body);
    const unknownShop = rows.find((row) => !deps.state.shops.has(row.shopID));
    if (unknownShop)
      throw new LightspeedRejection(400, `Shop ${unknownShop.shopID} does not exist`);
    for (const row of rows) {
      setQuantityOnHand(deps.state, id, row.shopID, row.qoh);
      deps.state.itemShopUpdates.push({ itemID: id, ...row, at: deps.state.timestamp() });
    }
    return void res.json({
      '@attributes': { count: '1' },
      Item: resource.render(item, new Set(['ItemShops'])),
    });
  }
  if (req.method === 'POST' && resource.name === 'Sale' && id !== undefined && refund) {
    requireJson(req);
    const request = parseRefundRequest(req.body);
    const sale = recordSale(deps.state, {
      shopID: request.shopID,
      returned: { saleID: id, lines: unreturnedLines(deps.state, id) },
      payments: [{ paymentTypeID: request.paymentTypeID, amountMinor: request.amountMinor }],
    });
    return void res.json({
      '@attributes': { count: '1' },
      Sale: resource.render(sale, new Set(['SaleLines', 'SalePayments'])),
    });
  }
  throw new LightspeedRejection(400, `${req.method} is not supported on ${req.path}`);
}

function requireJson(req: Request): void {
  if (!req.is('application/json')) {
    throw new LightspeedRejection(415, 'Send the body as application/json');
  }
}

function stringQuery(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.query)) {
    if (typeof value !== 'string') {
      throw new LightspeedRejection(400, `Query parameter ${name} must be given once`);
    }
    query[name] = value;
  }
  return query;
}
