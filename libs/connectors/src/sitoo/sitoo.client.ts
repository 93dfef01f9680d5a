import { type RetryPolicy, TokenBucket } from '@parity/resilience';
import { formatScaled, parseScaled } from '@parity/domain';
import { ConnectorError } from '../http/connector-error';
import { createOnce } from '../http/create-once';
import { type QueryValue, VendorHttp } from '../http/vendor-http';
import {
  SITOO_QUANTITY_SCALE,
  type SitooBatchResult,
  type SitooEnvelope,
  type SitooOrder,
  type SitooProduct,
  type SitooProductUpdate,
  type SitooProductWrite,
  type SitooVatGroup,
  type SitooWarehouse,
  type SitooWarehouseItem,
  type SitooWarehouseTransaction,
} from './sitoo.types';

export interface SitooClientOptions {
  /** `https://api.mysitoo.com` (or the sandbox's `/sitoo`); `/v2/accounts/{id}` is added here. */
  readonly baseUrl: string;
  readonly accountId: string;
  /** The site (eshop) the stores' POS belongs to. */
  readonly siteId: number;
  /** API id and password from Backoffice, sent as HTTP Basic. */
  readonly apiId: string;
  readonly password: string;
  /** Sitoo publishes no numeric limit; this keeps Parity polite. Default 5 a second. */
  readonly requestsPerSecond?: number;
  readonly burst?: number;
  /** Items per page, at most 100. */
  readonly pageSize?: number;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** How far back `setAvailable` looks for a transaction it may already have made. */
  readonly referenceLookbackSeconds?: number;
  readonly now?: () => number;
}

export interface StockSetResult {
  /** The transaction that moved the stock; null when it already stood at the target. */
  readonly warehousetransactionid: number | null;
  /** False when an earlier attempt with the same reference had already applied it. */
  readonly created: boolean;
}

const MOVE_IN = 10;
const MOVE_OUT = 20;
const WEEK_SECONDS = 7 * 24 * 3600;

/** Sitoo POS over REST API v2: catalogue, warehouses and stock, POS orders, stock adjustments. */
export class SitooClient {
  private readonly http: VendorHttp;
  private readonly pageSize: number;
  private readonly account: string;
  private readonly site: string;

  constructor(private readonly options: SitooClientOptions) {
    const pageSize = options.pageSize ?? 100;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
      throw new RangeError('SitooClient pageSize must be an integer in 1..100');
    }
    this.pageSize = pageSize;
    const rate = options.requestsPerSecond ?? 5;
    const basic = `Basic ${Buffer.from(`${options.apiId}:${options.password}`).toString('base64')}`;
    this.http = new VendorHttp({
      vendor: 'sitoo',
      baseUrl: options.baseUrl,
      auth: { headers: async () => ({ authorization: basic }) },
      limiter: new TokenBucket(options.burst ?? rate, rate),
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    });
    this.account = `v2/accounts/${encodeURIComponent(options.accountId)}`;
    this.site = `${this.account}/sites/${options.siteId}`;
  }

  products(): AsyncGenerator<SitooProduct> {
    return this.pages('listProducts', `${this.site}/products.json`);
  }

  /** These SKUs' products, retired (inactive) ones too; a SKU Sitoo has none for is absent. */
  productsBySku(skus: readonly string[]): AsyncGenerator<SitooProduct> {
    return this.pages('findProducts', `${this.site}/products.json`, {
      sku: skus.join(','),
      includeinactive: true,
    });
  }

  /**
   * Adds products in one batch POST, one result per product in order: Sitoo applies the good
   * ones and refuses the others. Never repeated here, as a repeat would add them twice: the
   * caller reads by SKU before it adds again.
   */
  addProducts(products: readonly SitooProductWrite[]): Promise<SitooBatchResult[]> {
    return this.batch('addProducts', 'POST', products);
  }

  /** Updates products in one batch PUT (safe to repeat), one result per product in order. */
  updateProducts(products: readonly SitooProductUpdate[]): Promise<SitooBatchResult[]> {
    return this.batch('updateProducts', 'PUT', products);
  }

  /** The account's VAT groups [ASSUMED: `vats.json`, as the simulator serves it]. */
  vatGroups(): AsyncGenerator<SitooVatGroup> {
    return this.pages('listVatGroups', `${this.site}/vats.json`);
  }

  warehouses(): AsyncGenerator<SitooWarehouse> {
    return this.pages('listWarehouses', `${this.site}/warehouses.json`);
  }

  /** Stock per SKU in one warehouse; `skus` narrows it to those. */
  warehouseItems(
    warehouseId: number,
    skus?: readonly string[],
  ): AsyncGenerator<SitooWarehouseItem> {
    return this.pages(
      'listWarehouseItems',
      `${this.site}/warehouses/${warehouseId}/warehouseitems.json`,
      {
        sku: skus?.join(','),
      },
    );
  }

  /**
   * The site's orders with ids above `orderId`, ascending. Sitoo hands out order ids in
   * sequence but offline tills deliver late with old `orderdate`s, so the id is the cursor.
   * Each page starts after the last id seen, so orders arriving meanwhile shift nothing.
   */
  async *ordersAfter(orderId: number): AsyncGenerator<SitooOrder> {
    let after = orderId;
    for (;;) {
      const page = await this.page<SitooOrder>('listOrders', `${this.account}/orders.json`, {
        eshopid: this.options.siteId,
        orderidfrom: after + 1,
        sort: 'orderid',
        start: 0,
        num: this.pageSize,
      });
      for (const order of page.items) {
        yield order;
        after = order.orderid;
      }
      if (page.items.length < this.pageSize || page.items.length === page.totalcount) return;
    }
  }

  /** One order in full (a thin event names only its id); undefined if Sitoo has none. */
  async order(orderId: number): Promise<SitooOrder | undefined> {
    try {
      return await this.http.json<SitooOrder>({
        operation: 'getOrder',
        method: 'GET',
        path: `${this.site}/orders/${orderId}.json`,
      });
    } catch (error) {
      if (error instanceof ConnectorError && error.code === 'CONNECTOR.NOT_FOUND') return undefined;
      throw error;
    }
  }

  /**
   * Sets a SKU's available stock in a warehouse to `quantity` whole units, through a Move In or
   * Move Out warehouse transaction of the difference, carrying `reference` as its externalid.
   * Sitoo has no idempotency key, so every attempt first looks for a transaction with that
   * reference: a create whose answer was lost is found, never applied twice.
   */
  async setAvailable(
    warehouseId: number,
    sku: string,
    quantity: number,
    reference: string,
  ): Promise<StockSetResult> {
    const target = parseScaled(quantity, SITOO_QUANTITY_SCALE);
    if (!Number.isSafeInteger(quantity) || quantity < 0 || target === undefined) {
      throw new RangeError(`available quantity must be a whole number, not ${quantity}`);
    }
    const { record, created } = await createOnce({
      find: () => this.transactionByReference(warehouseId, reference),
      create: () => this.moveTo(warehouseId, sku, target, reference),
      retry: this.options.retry,
    });
    return { warehousetransactionid: record, created };
  }

  private async transactionByReference(
    warehouseId: number,
    reference: string,
  ): Promise<number | undefined> {
    const now = Math.floor((this.options.now ?? Date.now)() / 1000);
    const transactions = this.pages<SitooWarehouseTransaction>(
      'findWarehouseTransaction',
      `${this.site}/warehouses/${warehouseId}/warehousetransactions.json`,
      { datecreatedfrom: now - (this.options.referenceLookbackSeconds ?? WEEK_SECONDS) },
    );
    for await (const transaction of transactions) {
      if (transaction.externalid === reference) return transaction.warehousetransactionid;
    }
    return undefined;
  }

  private async moveTo(
    warehouseId: number,
    sku: string,
    /** In thousandths, as Sitoo counts. */
    target: number,
    reference: string,
  ): Promise<number | null> {
    let available = 0;
    for await (const item of this.warehouseItems(warehouseId, [sku])) {
      if (item.sku !== sku) continue;
      const parsed = parseScaled(item.decimalavailable, SITOO_QUANTITY_SCALE);
      if (parsed === undefined) {
        throw this.badResponse('listWarehouseItems', `decimalavailable ${item.decimalavailable}`);
      }
      available = parsed;
    }
    const delta = target - available;
    if (delta === 0) return null;
    const id = await this.http.json<unknown>({
      operation: 'addWarehouseTransaction',
      method: 'POST',
      path: `${this.site}/warehousetransactions.json`,
      json: [
        {
          warehouseid: warehouseId,
          transactiontype: delta > 0 ? MOVE_IN : MOVE_OUT,
          description: 'Parity available-to-sell',
          externalid: reference,
          items: [{ sku, decimalquantity: formatScaled(delta, SITOO_QUANTITY_SCALE) }],
        },
      ],
    });
    if (typeof id !== 'number') throw this.badResponse('addWarehouseTransaction', 'no id');
    return id;
  }

  /**
   * Sitoo answers a batch of one bare (the id, or `true`) or refuses it with the request's
   * status, and a batch of several with one result each; this answers a list either way.
   */
  private async batch(
    operation: string,
    method: 'POST' | 'PUT',
    elements: readonly unknown[],
  ): Promise<SitooBatchResult[]> {
    if (elements.length === 0) return [];
    try {
      const answer = await this.http.json<unknown>({
        operation,
        method,
        path: `${this.site}/products.json`,
        json: elements,
      });
      if (elements.length > 1 && Array.isArray(answer) && answer.length === elements.length) {
        return answer as SitooBatchResult[];
      }
      if (elements.length === 1 && (typeof answer === 'number' || answer === true)) {
        return [{ statuscode: 200, return: answer }];
      }
      throw this.badResponse(operation, `no result per product for ${elements.length} sent`);
    } catch (error) {
      const refused = elements.length === 1 && refusalOf(error);
      if (!refused) throw error;
      return [refused];
    }
  }

  private async *pages<T>(
    operation: string,
    path: string,
    query: Record<string, QueryValue> = {},
  ): AsyncGenerator<T> {
    for (let start = 0; ;) {
      const page = await this.page<T>(operation, path, { ...query, start, num: this.pageSize });
      yield* page.items;
      start += page.items.length;
      if (page.items.length === 0 || start >= page.totalcount) return;
    }
  }

  private async page<T>(
    operation: string,
    path: string,
    query: Record<string, QueryValue>,
  ): Promise<SitooEnvelope<T>> {
    const page = await this.http.json<SitooEnvelope<T> | null>({
      operation,
      method: 'GET',
      path,
      query,
    });
    if (typeof page?.totalcount !== 'number' || !Array.isArray(page.items)) {
      throw this.badResponse(operation, 'no {totalcount, items} envelope');
    }
    return page;
  }

  private badResponse(operation: string, problem: string): ConnectorError {
    return new ConnectorError('sitoo', operation, 'CONNECTOR.BAD_RESPONSE', problem);
  }
}

/** A single element's refusal: a 4xx (not 429) carrying Sitoo's `{statuscode, errortext}`. */
function refusalOf(error: unknown): SitooBatchResult | undefined {
  if (!(error instanceof ConnectorError) || error.code !== 'CONNECTOR.REJECTED') return undefined;
  try {
    const body = JSON.parse(error.responseBody ?? '') as { errortext?: unknown };
    return typeof body.errortext === 'string'
      ? { statuscode: error.status ?? 400, errortext: body.errortext }
      : undefined;
  } catch {
    return undefined;
  }
}
