import { TokenBucket, type RetryPolicy } from '@parity/resilience';
import { ConnectorError } from '../http/connector-error';
import { VendorHttp } from '../http/vendor-http';
import type { PrimaClient } from './prima-client';
import { PRIMA_OPERATION, resultDocument, soapRequest } from './prima-envelope';
import { dataRefusal, onlyData, PRIMA_ERROR, PrimaRequestError, readResult } from './prima-result';
import {
  creditNoteFromXml,
  despatchToXml,
  itemFromXml,
  newOrderToXml,
  purchaseOrderFromXml,
  receiptToXml,
  returnToXml,
  salesOrderFromXml,
  skuAttributes,
  stockFromXml,
  stockLevelResultFromXml,
  stockLevelToXml,
} from './prima-wire';
import { PRIMA_CONTENT_TYPE, repeated, xmlDocument, type XmlElement } from './prima-xml';
import type {
  NewPrimaSalesOrder,
  PrimaCreated,
  PrimaCreditNote,
  PrimaDespatchNote,
  PrimaReceiptNote,
  PrimaReturnAuthorisation,
  PrimaSalesOrder,
  PrimaStockLevel,
  PrimaStockLevelResult,
  PrimaStockLevelRow,
} from './prima.types';

export interface PrimaSoapClientOptions {
  /** Prima's web service, e.g. `https://prima.example.com/wsa/wsa1` (the sandbox: `${url}/prima`). */
  readonly baseUrl: string;
  /** HTTP Basic credentials of the web-service user [ASSUMED]. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** `comwsomhandler`'s company; every answer's `Result@Company` must name it. */
  readonly companyId: string;
  /** Parity's own budget: 16 requests a second with bursts of 10 by default. */
  readonly rateLimit?: { readonly capacity: number; readonly refillPerSecond: number };
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
}

/** Prima accepts at most this many rows in one StockLevelImport [ASSUMED]. */
const STOCK_PUSH_BATCH = 500;

/** How the connector asks, per request type: whether asking twice is harmless. */
interface Ask {
  readonly operation: string;
  readonly requestType: string;
  readonly data: object;
  /**
   * Reads, and creates Prima refuses to repeat (E:21 on the document number), are safe to
   * send again after a lost answer; an authorisation is not (its second answer is a refusal).
   */
  readonly idempotent: boolean;
}

/**
 * `PrimaClient` over Prima Solutions' web service: one SOAP operation carrying
 * `<Request RequestType>` documents, ISO-8859-1 both ways. See README for the request types
 * and which of them are [ASSUMED].
 */
export class PrimaSoapClient implements PrimaClient {
  private readonly http: VendorHttp;

  constructor(private readonly options: PrimaSoapClientOptions) {
    const budget = options.rateLimit ?? { capacity: 10, refillPerSecond: 16 };
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
    this.http = new VendorHttp({
      vendor: 'prima',
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      limiter: new TokenBucket(budget.capacity, budget.refillPerSecond),
      auth: { headers: () => Promise.resolve({ authorization: `Basic ${basic}` }) },
    });
  }

  async *itemsModifiedSince(since: Date | string) {
    const data = await this.read('listItems', 'ProductChanges', { ModifiedFrom: iso(since) });
    for (const row of repeated(data, 'sku'))
      yield this.convert('listItems', () => itemFromXml(row));
  }

  async *stockModifiedSince(since: Date | string, depotCode?: string) {
    const data = await this.read('listStock', 'StockChanges', {
      ModifiedFrom: iso(since),
      Depot: depotCode,
    });
    yield* this.stockRows('listStock', data, 'sku');
  }

  async *salesOrdersModifiedSince(since: Date | string) {
    const data = await this.read('listSalesOrders', 'OrderChanges', { ModifiedFrom: iso(since) });
    for (const order of repeated(data, 'Order')) {
      yield this.convert('listSalesOrders', () => salesOrderFromXml(order));
    }
  }

  async *purchaseOrdersModifiedSince(since: Date | string) {
    const data = await this.read('listPurchaseOrders', 'PurchaseOrderChanges', {
      ModifiedFrom: iso(since),
    });
    for (const po of repeated(data, 'PurchaseOrder')) {
      yield this.convert('listPurchaseOrders', () => purchaseOrderFromXml(po));
    }
  }

  /** The full feed (ProductAvailableToSell, no product range) of one depot. */
  async *stock(depotCode: string) {
    const data = await this.read('depotStock', 'ProductAvailableToSell', {
      ProductFrom: '',
      ProductTo: '',
      Depot: depotCode,
    });
    yield* this.stockRows('depotStock', data, 'sku');
  }

  async stockOf(depotCode: string, itemCode: string): Promise<PrimaStockLevel | undefined> {
    const data = await this.read('getStockLevel', 'MultiAvailableToSell', {
      Depot: depotCode,
      sku: [skuAttributes(itemCode)],
    });
    // MultiAvailableToSell answers `SKU`, upper case, where the full feed says `sku`.
    return [...this.stockRows('getStockLevel', data, 'SKU')].find(
      (row) => row.itemCode === itemCode,
    );
  }

  async salesOrder(orderNumber: string): Promise<PrimaSalesOrder | undefined> {
    try {
      const data = await this.read('getSalesOrder', 'OrderStatus', { OrderNumber: orderNumber });
      return this.convert('getSalesOrder', () => salesOrderFromXml(data));
    } catch (error) {
      if (error instanceof ConnectorError && error.code === 'CONNECTOR.NOT_FOUND') return undefined;
      throw error;
    }
  }

  /**
   * MultiNewOrder with Parity's reference as the order number. Prima refuses a number it
   * already holds (E:21), so a repeat after a lost answer finds the order instead of making a
   * second one; either way the order is read back (OrderStatus) for its full record.
   */
  async createSalesOrder(order: NewPrimaSalesOrder): Promise<PrimaCreated<PrimaSalesOrder>> {
    const created = await this.create('createSalesOrder', 'MultiNewOrder', newOrderToXml(order));
    const record = await this.salesOrder(order.customerReference);
    if (!record) {
      throw new ConnectorError(
        'prima',
        'createSalesOrder',
        'CONNECTOR.BAD_RESPONSE',
        `order ${order.customerReference} was accepted but OrderStatus does not find it`,
      );
    }
    return { record, created };
  }

  async authoriseSalesOrder(
    orderNumber: string,
    authorisedBy = 'PARITY',
  ): Promise<PrimaSalesOrder> {
    try {
      const data = await this.ask({
        operation: 'authoriseSalesOrder',
        requestType: 'AuthoriseOrder',
        data: { OrderNumber: orderNumber, AuthorisedBy: authorisedBy },
        idempotent: false,
      });
      return this.convert('authoriseSalesOrder', () => salesOrderFromXml(data));
    } catch (error) {
      // Prima refuses to authorise twice; after a lost answer, the order tells what happened.
      if (!(error instanceof ConnectorError) || error.code !== 'CONNECTOR.REJECTED') throw error;
      const order = await this.salesOrder(orderNumber);
      if (order?.authorisation.authorisedAt) return order;
      throw error;
    }
  }

  async createDespatchNote(note: PrimaDespatchNote): Promise<PrimaCreated<PrimaDespatchNote>> {
    const created = await this.create('createDespatchNote', 'NewDespatch', despatchToXml(note));
    return { record: note, created };
  }

  async createReceiptNote(
    poNumber: string,
    note: PrimaReceiptNote,
  ): Promise<PrimaCreated<PrimaReceiptNote>> {
    const xml = receiptToXml(poNumber, note);
    return { record: note, created: await this.create('createReceiptNote', 'NewReceipt', xml) };
  }

  async createReturnAuthorisation(ra: PrimaReturnAuthorisation) {
    const created = await this.create('createReturnAuthorisation', 'NewReturn', returnToXml(ra));
    const [creditNote] = await this.creditNotesFor(ra.raNumber);
    if (!creditNote) {
      throw new ConnectorError(
        'prima',
        'createReturnAuthorisation',
        'CONNECTOR.BAD_RESPONSE',
        `return ${ra.raNumber} was accepted but raised no credit note`,
      );
    }
    return { record: { ...ra, creditNoteNumber: creditNote.creditNoteNumber }, created };
  }

  async creditNotesFor(raNumber: string): Promise<PrimaCreditNote[]> {
    const data = await this.read('listCreditNotes', 'CreditNotes', { RANumber: raNumber });
    return repeated(data, 'CreditNote').map((note) =>
      this.convert('listCreditNotes', () => creditNoteFromXml(note)),
    );
  }

  /** StockLevelImport in batches; rows carry source versions, so a repeat changes nothing. */
  async pushStockLevels(rows: readonly PrimaStockLevelRow[]): Promise<PrimaStockLevelResult[]> {
    const results: PrimaStockLevelResult[] = [];
    for (let start = 0; start < rows.length; start += STOCK_PUSH_BATCH) {
      const data = await this.read('pushStockLevels', 'StockLevelImport', {
        StockLevel: rows.slice(start, start + STOCK_PUSH_BATCH).map(stockLevelToXml),
      });
      for (const row of repeated(data, 'StockLevel')) {
        results.push(this.convert('pushStockLevels', () => stockLevelResultFromXml(row)));
      }
    }
    return results;
  }

  private *stockRows(operation: string, data: XmlElement, element: string) {
    for (const row of repeated(data, element))
      yield this.convert(operation, () => stockFromXml(row));
  }

  private read(operation: string, requestType: string, data: object): Promise<XmlElement> {
    return this.ask({ operation, requestType, data, idempotent: true });
  }

  /** Creates a document Prima keys by its number; false when Prima already had it (E:21). */
  private async create(operation: string, requestType: string, data: object): Promise<boolean> {
    try {
      await this.ask({ operation, requestType, data, idempotent: true });
      return true;
    } catch (error) {
      if (error instanceof PrimaRequestError && error.has(PRIMA_ERROR.DUPLICATE)) return false;
      throw error;
    }
  }

  /** Sends one request document and returns its one `<Data>`, or throws Prima's refusal. */
  private async ask(ask: Ask): Promise<XmlElement> {
    const request = xmlDocument('Request', { RequestType: ask.requestType, Data: ask.data });
    const response = await this.http.request({
      operation: ask.operation,
      method: 'POST',
      path: '',
      headers: { 'content-type': PRIMA_CONTENT_TYPE, soapaction: `"${PRIMA_OPERATION}"` },
      body: soapRequest(this.options.companyId, request),
      idempotent: ask.idempotent,
      // A SOAP fault comes as a 500; its faultcode says whose it is. Other 5xx are retried.
      acceptStatuses: [500],
    });
    const document = resultDocument(response.text, ask.operation, response.status);
    const result = readResult(document, ask.operation, ask.requestType);
    if (result.company !== this.options.companyId) {
      throw new ConnectorError(
        'prima',
        ask.operation,
        'CONNECTOR.BAD_RESPONSE',
        `answered for company ${result.company}, not ${this.options.companyId}`,
      );
    }
    const data = onlyData(result, ask.operation);
    const refusal = dataRefusal(data, ask.operation, document);
    if (refusal) throw refusal;
    return data;
  }

  /** Runs a conversion of Prima's XML; an unreadable value becomes a permanent bad response. */
  private convert<T>(operation: string, convert: () => T): T {
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

const iso = (since: Date | string) => (typeof since === 'string' ? since : since.toISOString());
