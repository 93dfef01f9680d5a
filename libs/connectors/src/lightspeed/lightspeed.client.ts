import type { RetryPolicy, TokenBucket } from '@parity/resilience';
import { ConnectorError } from '../http/connector-error';
import { VendorHttp, type QueryValue } from '../http/vendor-http';
import {
  LIGHTSPEED_READ_COST,
  LIGHTSPEED_WRITE_COST,
  lightspeedBucket,
  observeBucketLevel,
} from './lightspeed-budget';
import type { LightspeedTokenService } from './lightspeed-tokens';
import type {
  LightspeedItemCreate,
  LightspeedItemWrite,
  LightspeedItem,
  LightspeedItemMatrix,
  LightspeedItemShop,
  LightspeedSale,
  LightspeedSaleLine,
  LightspeedShop,
} from './lightspeed-types';
import { nextPageUrl, pageRecords } from './v3-collections';

export interface LightspeedClientOptions {
  /** `https://api.lightspeedapp.com` (or the sandbox's `/lightspeed`). */
  readonly baseUrl: string;
  readonly accountId: string;
  /** Registers on the account: they size its rate budget. */
  readonly registers: number;
  readonly tokens: LightspeedTokenService;
  readonly retry?: RetryPolicy;
  readonly timeoutMs?: number;
  readonly random?: () => number;
}

/** Relations a polled sale needs to become a PosSale. */
export const SALE_RELATIONS = [
  'SaleLines',
  'SaleLines.Item',
  // A miscellaneous line's text (itemID "0") is its Note.
  'SaleLines.Note',
  'SalePayments',
  'SalePayments.PaymentType',
] as const;

const PAGE_SIZE = 100;

type Query = Readonly<Record<string, QueryValue>>;

/**
 * Lightspeed Retail R-Series, V3 API: cursor-paged reads within the account's leaky bucket,
 * and the one write Parity makes, setting a shop's quantity on hand.
 */
export class LightspeedClient {
  private readonly http: VendorHttp;
  readonly bucket: TokenBucket;

  constructor(private readonly options: LightspeedClientOptions) {
    this.bucket = lightspeedBucket(options.registers);
    this.http = new VendorHttp({
      vendor: 'lightspeed',
      baseUrl: options.baseUrl,
      auth: options.tokens,
      limiter: this.bucket,
      onResponse: (response) => observeBucketLevel(this.bucket, response),
      retry: options.retry,
      timeoutMs: options.timeoutMs,
      random: options.random,
    });
  }

  /**
   * Sales changed at or after `timeStamp`, oldest first, with lines, items and payments.
   * Inclusive on purpose: timeStamps have whole seconds, so a sale changed later in the same
   * second as the last one seen would be skipped by `>`; the re-read ones dedupe downstream.
   */
  salesSince(timeStamp: string): AsyncIterable<LightspeedSale[]> {
    return this.pages<LightspeedSale>('Sale', {
      timeStamp: `>=,${timeStamp}`,
      sort: 'timeStamp',
      load_relations: JSON.stringify(SALE_RELATIONS),
    });
  }

  /** The sales holding these lines: what a refund's parentSaleLineIDs point back to. */
  async salesHoldingLines(saleLineIds: readonly string[]): Promise<LightspeedSale[]> {
    if (saleLineIds.length === 0) return [];
    const lines = await collect(
      this.pages<LightspeedSaleLine>('SaleLine', { saleLineID: inList(saleLineIds) }),
    );
    const saleIds = [...new Set(lines.map((line) => line.saleID))];
    if (saleIds.length === 0) return [];
    return collect(
      this.pages<LightspeedSale>('Sale', {
        saleID: inList(saleIds),
        load_relations: JSON.stringify(['SaleLines']),
      }),
    );
  }

  items(): AsyncIterable<LightspeedItem[]> {
    return this.pages<LightspeedItem>('Item', {});
  }

  itemMatrices(): AsyncIterable<LightspeedItemMatrix[]> {
    return this.pages<LightspeedItemMatrix>('ItemMatrix', {});
  }

  shops(): AsyncIterable<LightspeedShop[]> {
    return this.pages<LightspeedShop>('Shop', {});
  }

  /** Stock rows, one per item and shop that has one, plus each item's shop "0" total. */
  itemShops(itemId?: string): AsyncIterable<LightspeedItemShop[]> {
    return this.pages<LightspeedItemShop>('ItemShop', { itemID: itemId });
  }

  /** How Parity pushes available-to-sell to a till: the shop's qoh on the item. */
  async setQuantityOnHand(itemId: string, shopId: string, qoh: number): Promise<void> {
    await this.http.request({
      operation: 'setQuantityOnHand',
      method: 'PUT',
      path: this.resourcePath(`Item/${encodeURIComponent(itemId)}`),
      json: { ItemShops: { ItemShop: [{ shopID: shopId, qoh: String(qoh) }] } },
      cost: LIGHTSPEED_WRITE_COST,
    });
  }

  /** Items by custom SKU, archived ones too; one page holds up to 100. */
  itemsBySku(skus: readonly string[]): AsyncIterable<LightspeedItem[]> {
    return this.pages<LightspeedItem>('Item', { customSku: inList(skus), archived: 'true' });
  }

  /** Matrices with exactly this description, archived ones too. */
  matricesByDescription(description: string): AsyncIterable<LightspeedItemMatrix[]> {
    return this.pages<LightspeedItemMatrix>('ItemMatrix', { description, archived: 'true' });
  }

  /**
   * One POST each: Lightspeed has no batch write. Never repeated here, as a repeat would make
   * a second record; the caller reads before it creates again.
   */
  createItemMatrix(input: {
    description: string;
    itemAttributeSetID: string;
  }): Promise<LightspeedItemMatrix> {
    return this.write('createItemMatrix', 'POST', 'ItemMatrix', input);
  }

  createItem(input: LightspeedItemCreate): Promise<LightspeedItem> {
    return this.write('createItem', 'POST', 'Item', input);
  }

  /** Sets an item's fields (and `archived: false` brings one back); a PUT, safe to repeat. */
  updateItem(itemId: string, input: LightspeedItemWrite & { archived?: boolean }) {
    return this.write<LightspeedItem>(
      'updateItem',
      'PUT',
      `Item/${encodeURIComponent(itemId)}`,
      input,
    );
  }

  /** `DELETE` archives an item in Lightspeed: it stays, with its history, off the till. */
  archiveItem(itemId: string): Promise<LightspeedItem> {
    return this.write('archiveItem', 'DELETE', `Item/${encodeURIComponent(itemId)}`);
  }

  private async write<T>(
    operation: string,
    method: 'POST' | 'PUT' | 'DELETE',
    resource: string,
    json?: unknown,
  ): Promise<T> {
    const entity = resource.split('/')[0] as string;
    const body = await this.http.json<Record<string, unknown>>({
      operation,
      method,
      path: this.resourcePath(resource),
      json,
      cost: LIGHTSPEED_WRITE_COST,
    });
    const [record] = pageRecords<T>(body, entity);
    if (!record) {
      throw new ConnectorError('lightspeed', operation, 'CONNECTOR.BAD_RESPONSE', `no ${entity}`);
    }
    return record;
  }

  /** Follows `@attributes.next` until it is empty; each page's records as an array. */
  private async *pages<T>(entity: string, query: Query): AsyncIterable<T[]> {
    let page = await this.get(this.resourcePath(entity), { ...query, limit: PAGE_SIZE });
    for (;;) {
      yield pageRecords<T>(page, entity);
      const next = nextPageUrl(page);
      if (!next) return;
      page = await this.get(next);
    }
  }

  private get(path: string, query?: Query): Promise<Record<string, unknown>> {
    return this.http.json<Record<string, unknown>>({
      operation: 'list',
      method: 'GET',
      path,
      query,
      cost: LIGHTSPEED_READ_COST,
    });
  }

  private resourcePath(resource: string): string {
    return `API/V3/Account/${encodeURIComponent(this.options.accountId)}/${resource}.json`;
  }
}

/** Every record of a paged listing, for the small ones (shops, a refund's originals). */
export async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

function inList(ids: readonly string[]): string {
  return `IN,[${ids.join(',')}]`;
}
