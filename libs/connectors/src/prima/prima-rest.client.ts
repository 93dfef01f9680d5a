import { TokenBucket, type RetryPolicy } from '@parity/resilience';
import { ConnectorError } from '../http/connector-error';
import { createOnce } from '../http/create-once';
import { VendorHttp, type VendorRequest } from '../http/vendor-http';
import type { PrimaClient } from './prima-client';
import { allPages, changeFeed } from './prima-pages';
import { PrimaTokenAuth } from './prima-token-auth';
import {
  creditNoteFromWire,
  itemFromWire,
  purchaseOrderFromWire,
  salesOrderFromWire,
  salesOrderToWire,
  type WireCreditNote,
  type WireItem,
  type WirePurchaseOrder,
  type WireSalesOrder,
} from './prima-wire';
import type {
  PrimaCreated,
  NewPrimaSalesOrder,
  PrimaCreditNote,
  PrimaDespatchNote,
  PrimaReceiptNote,
  PrimaReturnAuthorisation,
  PrimaSalesOrder,
  PrimaStockLevel,
  PrimaStockLevelResult,
  PrimaStockLevelRow,
} from './prima.types';

export interface PrimaRestClientOptions {
  /** Prima's base URL, e.g. `https://prima.example.com/` (the sandbox: `${url}/prima`). */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly companyId: string;
  /**
   * Parity's own budget: 16 requests a second with bursts of 10 by default, inside Prima's 20
   * a second with bursts of 40, so other users of the company keep some headroom.
   */
  readonly rateLimit?: { readonly capacity: number; readonly refillPerSecond: number };
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** How often a create is attempted (search first each time) before its error is returned. */
  readonly createRetry?: RetryPolicy;
  readonly pageSize?: number;
}

/** Prima accepts at most this many rows in one stock-level push. */
const STOCK_PUSH_BATCH = 500;

/** `PrimaClient` over Prima's [ASSUMED] REST/JSON API (vendor-apis.md §5.2). */
export class PrimaRestClient implements PrimaClient {
  private readonly http: VendorHttp;
  private readonly pageSize: number;

  constructor(private readonly options: PrimaRestClientOptions) {
    const budget = options.rateLimit ?? { capacity: 10, refillPerSecond: 16 };
    const limiter = new TokenBucket(budget.capacity, budget.refillPerSecond);
    const common = {
      vendor: 'prima' as const,
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    };
    // The token request bypasses the bucket: VendorHttp takes a token before asking for auth
    // headers, so a token fetch queued behind waiting requests would release them all at once.
    // It is one request per token lifetime, well inside the headroom left below Prima's limit.
    const auth = new PrimaTokenAuth(new VendorHttp(common), options);
    this.http = new VendorHttp({ ...common, limiter, auth });
    this.pageSize = options.pageSize ?? 100;
  }

  async *itemsModifiedSince(since: Date | string) {
    const feed = changeFeed<WireItem>(
      this.http,
      this.listing('listItems', 'api/v1/items'),
      since,
      (item) => item.itemCode,
    );
    for await (const item of feed) yield this.read('listItems', () => itemFromWire(item));
  }

  stockModifiedSince(since: Date | string, depotCode?: string): AsyncIterable<PrimaStockLevel> {
    return changeFeed<PrimaStockLevel>(
      this.http,
      this.listing('listStock', 'api/v1/stock', { depotCode }),
      since,
      (row) => `${row.depotCode}/${row.itemCode}`,
    );
  }

  async *salesOrdersModifiedSince(since: Date | string) {
    const listing = this.listing('listSalesOrders', 'api/v1/sales-orders');
    for await (const order of changeFeed<WireSalesOrder>(
      this.http,
      listing,
      since,
      (o) => o.orderNumber,
    )) {
      yield this.read('listSalesOrders', () => salesOrderFromWire(order));
    }
  }

  async *purchaseOrdersModifiedSince(since: Date | string) {
    const listing = this.listing('listPurchaseOrders', 'api/v1/purchase-orders');
    for await (const po of changeFeed<WirePurchaseOrder>(
      this.http,
      listing,
      since,
      (p) => p.poNumber,
    )) {
      yield this.read('listPurchaseOrders', () => purchaseOrderFromWire(po));
    }
  }

  stock(depotCode: string): AsyncIterable<PrimaStockLevel> {
    return allPages<PrimaStockLevel>(
      this.http,
      this.listing('depotStock', 'api/v1/stock', { depotCode }),
    );
  }

  stockOf(depotCode: string, itemCode: string): Promise<PrimaStockLevel | undefined> {
    return this.first<PrimaStockLevel>('getStockLevel', 'api/v1/stock', { depotCode, itemCode });
  }

  async salesOrder(orderNumber: string): Promise<PrimaSalesOrder | undefined> {
    const response = await this.http.request({
      operation: 'getSalesOrder',
      method: 'GET',
      path: `api/v1/sales-orders/${encodeURIComponent(orderNumber)}`,
      acceptStatuses: [404],
    });
    if (response.status === 404) return undefined;
    return this.read('getSalesOrder', () =>
      salesOrderFromWire(JSON.parse(response.text) as WireSalesOrder),
    );
  }

  async createSalesOrder(order: NewPrimaSalesOrder): Promise<PrimaCreated<PrimaSalesOrder>> {
    const outcome = await createOnce({
      find: () =>
        this.first<WireSalesOrder>('findSalesOrder', 'api/v1/sales-orders', {
          customerReference: order.customerReference,
        }),
      create: () =>
        this.http.json<WireSalesOrder>({
          operation: 'createSalesOrder',
          method: 'POST',
          path: 'api/v1/sales-orders',
          json: salesOrderToWire(order),
        }),
      retry: this.options.createRetry,
    });
    return {
      ...outcome,
      record: this.read('createSalesOrder', () => salesOrderFromWire(outcome.record)),
    };
  }

  async authoriseSalesOrder(
    orderNumber: string,
    authorisedBy = 'PARITY',
  ): Promise<PrimaSalesOrder> {
    try {
      const wire = await this.http.json<WireSalesOrder>({
        operation: 'authoriseSalesOrder',
        method: 'POST',
        path: `api/v1/sales-orders/${encodeURIComponent(orderNumber)}/authorise`,
        json: { authorisedBy },
      });
      return this.read('authoriseSalesOrder', () => salesOrderFromWire(wire));
    } catch (error) {
      // Prima refuses to authorise twice; after a lost answer, the order tells what happened.
      if (!(error instanceof ConnectorError) || error.code !== 'CONNECTOR.REJECTED') throw error;
      const order = await this.salesOrder(orderNumber);
      if (order?.authorisation.authorisedAt) return order;
      throw error;
    }
  }

  async createDespatchNote(note: PrimaDespatchNote): Promise<PrimaCreated<PrimaDespatchNote>> {
    return createOnce({
      find: () =>
        this.first<PrimaDespatchNote>('findDespatchNote', 'api/v1/despatch-notes', {
          despatchNoteNumber: note.despatchNoteNumber,
        }),
      create: () =>
        this.post<PrimaDespatchNote>('createDespatchNote', 'api/v1/despatch-notes', note),
      retry: this.options.createRetry,
    });
  }

  async createReceiptNote(
    poNumber: string,
    note: PrimaReceiptNote,
  ): Promise<PrimaCreated<PrimaReceiptNote>> {
    const path = `api/v1/purchase-orders/${encodeURIComponent(poNumber)}/receipt-notes`;
    return createOnce({
      find: () =>
        this.first<PrimaReceiptNote>('findReceiptNote', path, {
          receiptNoteNumber: note.receiptNoteNumber,
        }),
      create: () => this.post<PrimaReceiptNote>('createReceiptNote', path, note),
      retry: this.options.createRetry,
    });
  }

  async createReturnAuthorisation(ra: PrimaReturnAuthorisation) {
    type Stored = PrimaReturnAuthorisation & { readonly creditNoteNumber: string };
    return createOnce({
      find: () =>
        this.first<Stored>('findReturnAuthorisation', 'api/v1/return-authorisations', {
          raNumber: ra.raNumber,
        }),
      create: () =>
        this.post<Stored>('createReturnAuthorisation', 'api/v1/return-authorisations', ra),
      retry: this.options.createRetry,
    });
  }

  async creditNotesFor(raNumber: string): Promise<PrimaCreditNote[]> {
    const notes: PrimaCreditNote[] = [];
    const listing = this.listing('listCreditNotes', 'api/v1/credit-notes', { raNumber });
    for await (const note of allPages<WireCreditNote>(this.http, listing)) {
      notes.push(this.read('listCreditNotes', () => creditNoteFromWire(note)));
    }
    return notes;
  }

  async pushStockLevels(rows: readonly PrimaStockLevelRow[]): Promise<PrimaStockLevelResult[]> {
    const results: PrimaStockLevelResult[] = [];
    for (let start = 0; start < rows.length; start += STOCK_PUSH_BATCH) {
      const answer = await this.http.json<{ results: PrimaStockLevelResult[] }>({
        operation: 'pushStockLevels',
        method: 'PUT',
        path: 'api/v1/stock-levels',
        json: rows.slice(start, start + STOCK_PUSH_BATCH),
      });
      results.push(...answer.results);
    }
    return results;
  }

  private listing(operation: string, path: string, query?: VendorRequest['query']) {
    return { operation, path, query, pageSize: this.pageSize };
  }

  /** The first record a search finds, or undefined. */
  private async first<T>(
    operation: string,
    path: string,
    query: VendorRequest['query'],
  ): Promise<T | undefined> {
    const body = await this.http.json<{ data: T[] }>({
      operation,
      method: 'GET',
      path,
      query: { ...query, pageSize: 1 },
    });
    return body.data[0];
  }

  private post<T>(operation: string, path: string, json: unknown): Promise<T> {
    return this.http.json<T>({ operation, method: 'POST', path, json });
  }

  /** Runs a conversion of Prima's JSON; a malformed amount becomes a permanent bad response. */
  private read<T>(operation: string, convert: () => T): T {
    try {
      return convert();
    } catch (cause) {
      if (!(cause instanceof RangeError)) throw cause;
      throw new ConnectorError('prima', operation, 'CONNECTOR.BAD_RESPONSE', cause.message, {
        cause,
      });
    }
  }
}
