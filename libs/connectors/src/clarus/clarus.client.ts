import { TokenBucket, type RetryPolicy } from '@parity/resilience';
import { ConnectorError } from '../http/connector-error';
import { createOnce } from '../http/create-once';
import { VendorHttp } from '../http/vendor-http';
import { graphqlQuery } from './clarus-graphql';
import { PRODUCTS_QUERY, SALES_ORDER_QUERY, STOCK_LEVELS_QUERY } from './clarus-queries';
import { ClarusTokenAuth, type ClarusLogin } from './clarus-token-auth';
import type {
  ClarusCatalogueProduct,
  ClarusGoodsInInput,
  ClarusGoodsInReceipt,
  ClarusPage,
  ClarusProduct,
  ClarusProductInput,
  ClarusSalesOrder,
  ClarusSalesOrderDetail,
  ClarusSalesOrderInput,
  ClarusStockLevel,
  ClarusStorageUnit,
} from './clarus.types';

export interface ClarusClientOptions extends ClarusLogin {
  /** `https://clarus-api.com`, or the sandbox's `/clarus`. */
  readonly baseUrl: string;
  /**
   * Clarus publishes no rate limit, so the client keeps to a conservative budget of its own:
   * 2 requests a second with bursts of 4 unless configured.
   */
  readonly requestsPerSecond?: number;
  readonly burst?: number;
  /** SKUs per stock-level query (Clarus asks for sparing GraphQL use); 50 unless configured. */
  readonly stockBatchSize?: number;
  /** Budget tokens one GraphQL query costs, heavier than a REST call; 2 unless configured. */
  readonly graphqlCost?: number;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
}

/** Clarus WMS: REST writes (idempotent by our references) and batched GraphQL reads. */
export class ClarusClient {
  private readonly http: VendorHttp;
  private readonly stockBatchSize: number;
  private readonly graphqlCost: number;

  constructor(private readonly options: ClarusClientOptions) {
    validate(options);
    const limiter = new TokenBucket(options.burst ?? 4, options.requestsPerSecond ?? 2);
    const shared = { vendor: 'clarus', baseUrl: options.baseUrl, limiter } as const;
    const transport = { timeoutMs: options.timeoutMs, retry: options.retry };
    const auth = new ClarusTokenAuth(new VendorHttp({ ...shared, ...transport }), options);
    this.http = new VendorHttp({ ...shared, ...transport, auth });
    this.stockBatchSize = options.stockBatchSize ?? 50;
    this.graphqlCost = options.graphqlCost ?? 2;
  }

  /** Creates the product, or brings the one with this external_system_reference1 up to date. */
  async upsertProduct(input: ClarusProductInput): Promise<ClarusProduct> {
    const { record, created } = await createOnce({
      find: () => this.findProduct(input.external_system_reference1),
      create: () => this.createProduct(input),
      retry: this.options.retry,
    });
    if (created || !differs(record, input)) return record;
    return this.updateProduct(record.id, input);
  }

  /**
   * Products by Parity SKU (external_system_reference1), retired ones too, one GraphQL query
   * per batch of SKUs; a SKU Clarus has no product for is absent.
   */
  async productsByReference(refs: readonly string[]): Promise<ClarusCatalogueProduct[]> {
    const products: ClarusCatalogueProduct[] = [];
    for (const batch of chunk(refs, this.stockBatchSize)) {
      const data = await graphqlQuery<{ products: ClarusCatalogueProduct[] }>(
        this.http,
        'productsByReference',
        PRODUCTS_QUERY,
        { refs: batch },
        this.graphqlCost,
      );
      products.push(...data.products);
    }
    return products;
  }

  /**
   * Creates a product with one POST, never repeated here: the caller has read first, and a
   * create whose answer was lost is found by the next read (or answers 409 when repeated).
   */
  createProduct(input: ClarusProductInput): Promise<ClarusProduct> {
    return this.post<ClarusProduct>('createProduct', 'api/products', input);
  }

  /** Sets the fields given; a PUT, so repeating it is harmless. */
  async updateProduct(id: number, input: Partial<ClarusProductInput>): Promise<ClarusProduct> {
    const updated = await this.http.json<{ data: ClarusProduct }>({
      operation: 'updateProduct',
      method: 'PUT',
      path: `api/products/${id}`,
      json: input,
    });
    return updated.data;
  }

  /** Creates the pre-receipt for a PO once; each line in its product's priority-0 storage unit. */
  async createGoodsInReceipt(input: ClarusGoodsInInput): Promise<ClarusGoodsInReceipt> {
    const { record } = await createOnce({
      find: () =>
        this.findByReference<ClarusGoodsInReceipt>('api/goods-in-receipts', input.reference),
      create: async () =>
        this.post<ClarusGoodsInReceipt>('createGoodsInReceipt', 'api/goods-in-receipts', {
          ...input,
          lines: await this.withProductIds(input.lines, async (line, product) => ({
            line_number: line.line_number,
            product_id: product.id,
            storage_unit_id: (await this.receivingUnit(product)).id,
            quantity: line.quantity,
          })),
        }),
      retry: this.options.retry,
    });
    return record;
  }

  /** Creates the goods-out order for a Prima sales order once. */
  async createSalesOrder(input: ClarusSalesOrderInput): Promise<ClarusSalesOrder> {
    const { record } = await createOnce({
      find: () => this.findSalesOrder(input.reference),
      create: async () =>
        this.post<ClarusSalesOrder>(
          'createSalesOrder',
          'api/sales-orders',
          await this.salesOrderBody(input),
        ),
      retry: this.options.retry,
    });
    return record;
  }

  /**
   * Replaces an open order's header and lines under the same reference (a PUT: repeating it
   * is harmless). Clarus answers 409 once picking has started: a CONNECTOR.CONFLICT.
   */
  async replaceSalesOrder(input: ClarusSalesOrderInput): Promise<ClarusSalesOrder> {
    const order = await this.requireSalesOrder('replaceSalesOrder', input.reference);
    const replaced = await this.http.json<{ data: ClarusSalesOrder }>({
      operation: 'replaceSalesOrder',
      method: 'PUT',
      path: `api/sales-orders/${order.id}`,
      json: await this.salesOrderBody(input),
    });
    return replaced.data;
  }

  /**
   * Cancels an open order; Clarus answers a cancelled one again, so a repeat is harmless.
   * Once picking has started it answers 409: a CONNECTOR.CONFLICT.
   */
  async cancelSalesOrder(reference: string): Promise<ClarusSalesOrder> {
    const order = await this.requireSalesOrder('cancelSalesOrder', reference);
    const cancelled = await this.http.json<{ data: ClarusSalesOrder }>({
      operation: 'cancelSalesOrder',
      method: 'POST',
      path: `api/sales-orders/${order.id}/cancel`,
      idempotent: true,
    });
    return cancelled.data;
  }

  /**
   * Stock per product × warehouse, for the given SKUs (external_system_reference1) or for all.
   * SKUs are asked for in batches, one GraphQL query per batch, as Clarus asks.
   */
  async stockLevels(filter: { productRefs?: readonly string[]; warehouse?: string } = {}) {
    const batches = filter.productRefs
      ? chunk(filter.productRefs, this.stockBatchSize)
      : [undefined];
    const levels: ClarusStockLevel[] = [];
    for (const refs of batches) {
      const data = await graphqlQuery<{ stock_levels: ClarusStockLevel[] }>(
        this.http,
        'stockLevels',
        STOCK_LEVELS_QUERY,
        { refs, warehouse: filter.warehouse },
        this.graphqlCost,
      );
      levels.push(...data.stock_levels);
    }
    return levels;
  }

  async salesOrder(reference: string): Promise<ClarusSalesOrderDetail | undefined> {
    const data = await graphqlQuery<{ sales_order: ClarusSalesOrderDetail | null }>(
      this.http,
      'salesOrder',
      SALES_ORDER_QUERY,
      { reference },
      this.graphqlCost,
    );
    return data.sales_order ?? undefined;
  }

  private findSalesOrder(reference: string): Promise<ClarusSalesOrder | undefined> {
    return this.findByReference<ClarusSalesOrder>('api/sales-orders', reference);
  }

  private async requireSalesOrder(operation: string, reference: string): Promise<ClarusSalesOrder> {
    const order = await this.findSalesOrder(reference);
    if (!order) {
      throw new ConnectorError(
        'clarus',
        operation,
        'CONNECTOR.NOT_FOUND',
        `no sales order with reference ${reference}`,
      );
    }
    return order;
  }

  /** The order as Clarus takes it: lines name Clarus's product ids. */
  private async salesOrderBody(input: ClarusSalesOrderInput) {
    return {
      ...input,
      lines: await this.withProductIds(input.lines, (line, product) => ({
        line_number: line.line_number,
        product_id: product.id,
        quantity: line.quantity,
      })),
    };
  }

  /** Lines as Clarus takes them, each product resolved from our SKU (external_system_reference1). */
  private async withProductIds<Line extends { external_system_reference1: string }, Body>(
    lines: readonly Line[],
    body: (line: Line, product: ClarusProduct) => Body | Promise<Body>,
  ): Promise<Body[]> {
    const bodies: Body[] = [];
    for (const line of lines) {
      bodies.push(await body(line, await this.requireProduct(line.external_system_reference1)));
    }
    return bodies;
  }

  private findProduct(reference: string): Promise<ClarusProduct | undefined> {
    return this.first<ClarusProduct>('findProduct', 'api/products', {
      external_system_reference1: reference,
    });
  }

  private async requireProduct(reference: string): Promise<ClarusProduct> {
    const product = await this.findProduct(reference);
    if (!product) {
      throw new ConnectorError(
        'clarus',
        'resolveProduct',
        'CONNECTOR.NOT_FOUND',
        `no product with external_system_reference1 ${reference}`,
      );
    }
    return product;
  }

  /** Clarus receives goods into the product's storage unit of priority 0. */
  private async receivingUnit(product: ClarusProduct): Promise<ClarusStorageUnit> {
    const units = await this.http.json<{ data: ClarusStorageUnit[] }>({
      operation: 'listStorageUnits',
      method: 'GET',
      path: `api/products/${product.id}/storage-units`,
    });
    const unit = units.data.find((candidate) => candidate.priority === 0);
    if (!unit) {
      throw new ConnectorError(
        'clarus',
        'listStorageUnits',
        'CONNECTOR.REJECTED',
        `product ${product.external_system_reference1} has no storage unit of priority 0`,
      );
    }
    return unit;
  }

  private findByReference<T>(path: string, reference: string): Promise<T | undefined> {
    return this.first<T>(`find ${path}`, path, { reference });
  }

  private async first<T>(
    operation: string,
    path: string,
    query: Record<string, string>,
  ): Promise<T | undefined> {
    const page = await this.http.json<ClarusPage<T>>({ operation, method: 'GET', path, query });
    return page.data[0];
  }

  private async post<T>(operation: string, path: string, json: unknown): Promise<T> {
    const created = await this.http.json<{ data: T }>({ operation, method: 'POST', path, json });
    return created.data;
  }
}

function differs(product: ClarusProduct, input: ClarusProductInput): boolean {
  return (
    product.sku !== input.sku ||
    product.name !== input.name ||
    (input.barcode !== undefined && product.barcode !== input.barcode)
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

/** A wrong option fails here, at construction, not on the first call at 3 a.m. */
function validate(options: ClarusClientOptions): void {
  const missing = (
    ['baseUrl', 'clientId', 'clientSecret', 'username', 'password', 'subdomain'] as const
  ).filter((key) => !options[key]);
  if (missing.length > 0) throw new RangeError(`ClarusClient needs ${missing.join(', ')}`);
  for (const key of ['requestsPerSecond', 'burst', 'stockBatchSize', 'graphqlCost'] as const) {
    const value = options[key];
    if (value !== undefined && !(value > 0))
      throw new RangeError(`ClarusClient ${key} must be > 0`);
  }
}
