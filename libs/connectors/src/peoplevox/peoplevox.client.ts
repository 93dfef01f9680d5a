import { TokenBucket, type RetryPolicy } from '@parity/resilience';
import { ConnectorError } from '../http/connector-error';
import { VendorHttp, type VendorResponse } from '../http/vendor-http';
import { CsvError, fromCsv } from './csv';
import {
  itemTypesDelete,
  itemTypesSave,
  purchaseOrderItemSave,
  purchaseOrderSave,
  readSaveResult,
  saveCsv,
  salesOrderCancelSave,
  salesOrderItemSave,
  salesOrderSave,
  type PvxItemTypeInput,
  type PvxPurchaseOrderInput,
  type PvxSalesOrderInput,
  type PvxSaveResult,
  type PvxSaveTemplate,
} from './peoplevox-save';
import { PvxRowError, type PvxGetTemplate } from './peoplevox.templates';
import {
  PVX_NAMESPACE,
  readIntegrationResult,
  readSoapFault,
  soapRequest,
  SoapReadError,
  type IntegrationResult,
  type SoapParams,
} from './soap-envelope';

export type PvxEventType =
  | 'AvailabilityChanges'
  | 'SalesOrderStatusChanges'
  | 'GoodsReceived'
  | 'TrackingNumberReceived'
  | 'Returns'
  | 'DespatchPackageDespatched';

/** What saving documents with lines did: the headers' save, then their lines' save. */
export interface PvxDocumentSaveResult {
  readonly headers: PvxSaveResult;
  /** Only documents whose header was taken have their lines sent. */
  readonly lines: PvxSaveResult;
}

export interface PeoplevoxClientOptions {
  /** The account's WMS address, e.g. `https://eu.peoplevox.net/ACME`; the service path is appended. */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly username: string;
  readonly password: string;
  /**
   * Peoplevox publishes no rate limit; integrators keep to about one call a second (Zynk's
   * default "API Call Delay"), so that is the default pace.
   */
  readonly callsPerSecond?: number;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
}

const SERVICE_PATH = 'resources/integrationservicev4.asmx';

/**
 * Peoplevox's SOAP integration service: a session from Authenticate (renewed once when a call
 * is refused for it), GetData pages as typed rows, SaveData upserts, event subscriptions.
 */
export class PeoplevoxClient {
  private readonly http: VendorHttp;
  private session: Promise<string> | undefined;

  constructor(private readonly options: PeoplevoxClientOptions) {
    this.http = new VendorHttp({
      vendor: 'peoplevox',
      baseUrl: options.baseUrl,
      limiter: new TokenBucket(1, options.callsPerSecond ?? 1),
      timeoutMs: options.timeoutMs ?? 30_000,
      retry: options.retry,
      onResponse: throwSoapFault,
    });
  }

  /** One page of a template; `pageNo` counts from 1. */
  async getPage<Row>(
    template: PvxGetTemplate<Row>,
    pageNo: number,
    itemsPerPage: number,
    searchClause = '',
  ): Promise<{ rows: Row[]; totalCount: number }> {
    const operation = `GetData ${template.name}`;
    const result = await this.call('GetData', true, {
      getRequest: {
        TemplateName: template.name,
        PageNo: pageNo,
        ItemsPerPage: itemsPerPage,
        SearchClause: searchClause,
      },
    });
    if (result.responseId !== 0) throw rejected(operation, result.detail);
    try {
      return { rows: fromCsv(result.detail).map(template.parse), totalCount: result.totalCount };
    } catch (cause) {
      if (!(cause instanceof CsvError || cause instanceof PvxRowError)) throw cause;
      throw new ConnectorError('peoplevox', operation, 'CONNECTOR.BAD_RESPONSE', cause.message, {
        responseBody: result.detail,
        cause,
      });
    }
  }

  /** Every row of a template, page by page until TotalCount is reached. */
  async *getAll<Row>(
    template: PvxGetTemplate<Row>,
    itemsPerPage = 500,
    searchClause = '',
  ): AsyncGenerator<Row> {
    let seen = 0;
    for (let pageNo = 1; ; pageNo++) {
      const page = await this.getPage(template, pageNo, itemsPerPage, searchClause);
      yield* page.rows;
      seen += page.rows.length;
      if (page.rows.length === 0 || seen >= page.totalCount) return;
    }
  }

  /** Upserts by ItemCode, so repeating a save (or retrying one that timed out) is harmless. */
  saveItemTypes(items: readonly PvxItemTypeInput[]): Promise<PvxSaveResult> {
    return this.save(itemTypesSave, items, 0);
  }

  /**
   * Deletes item types (SaveData Action 2), the one way Peoplevox's item template retires an
   * item; Peoplevox refuses, as a row error, one that still has stock.
   */
  deleteItemTypes(itemCodes: readonly string[]): Promise<PvxSaveResult> {
    return this.save(itemTypesDelete, itemCodes, 2);
  }

  /**
   * Headers (Sales order), then lines (Sales order item), upserted by SalesOrderNumber and
   * Line, so a repeat is harmless while the order is open. Peoplevox allocates stock as lines
   * are saved unless `allocate` is false (Action 1).
   */
  saveSalesOrders(
    orders: readonly PvxSalesOrderInput[],
    allocate = true,
  ): Promise<PvxDocumentSaveResult> {
    return this.saveWithLines(
      salesOrderSave,
      salesOrderItemSave,
      orders,
      allocate ? 0 : 1,
      (o) => o.salesOrderNumber,
    );
  }

  /** Sets each order's Status to Cancelled; Peoplevox refuses (a row error) once one has despatched. */
  cancelSalesOrders(salesOrderNumbers: readonly string[]): Promise<PvxSaveResult> {
    return this.save(salesOrderCancelSave, salesOrderNumbers, 0);
  }

  /** Headers (Purchase order), then lines (Purchase order item), upserted by number and Line. */
  savePurchaseOrders(orders: readonly PvxPurchaseOrderInput[]): Promise<PvxDocumentSaveResult> {
    return this.saveWithLines(
      purchaseOrderSave,
      purchaseOrderItemSave,
      orders,
      0,
      (o) => o.purchaseOrderNumber,
    );
  }

  /**
   * Registers a GET callback whose `{Field.Path}` placeholders Peoplevox fills per event,
   * URL-encoded. Not retried: a repeat would register a second subscription.
   */
  async subscribe(
    eventType: PvxEventType,
    callbackUrlTemplate: string,
    filter = '',
  ): Promise<number> {
    const result = await this.call('SubscribeEvent', false, {
      eventType,
      filter,
      callbackUrl: callbackUrlTemplate,
      encodeParameterData: true,
    });
    const id = Number(result.detail);
    if (result.responseId !== 0 || !Number.isInteger(id))
      throw rejected(`SubscribeEvent ${eventType}`, result.detail);
    return id;
  }

  async unsubscribe(subscriptionId: number): Promise<void> {
    const result = await this.call('UnsubscribeEvent', false, { subscriptionId });
    if (result.responseId !== 0) throw rejected('UnsubscribeEvent', result.detail);
  }

  private async save<Input>(
    template: PvxSaveTemplate<Input>,
    inputs: readonly Input[],
    action: 0 | 1 | 2,
  ): Promise<PvxSaveResult> {
    const result = await this.call('SaveData', true, {
      saveRequest: {
        TemplateName: template.name,
        CsvData: saveCsv(template, inputs),
        Action: action,
      },
    });
    return readSaveResult(result, template.name);
  }

  /** Peoplevox takes a document's header and its lines through two templates, header first. */
  private async saveWithLines<Input>(
    header: PvxSaveTemplate<Input>,
    lines: PvxSaveTemplate<Input>,
    documents: readonly Input[],
    linesAction: 0 | 1,
    keyOf: (document: Input) => string,
  ): Promise<PvxDocumentSaveResult> {
    const headers = await this.save(header, documents, 0);
    const refused = new Set(headers.rowErrors.map((failure) => failure.key));
    const taken = documents.filter((document) => !refused.has(keyOf(document)));
    return {
      headers,
      lines:
        taken.length > 0 ? await this.save(lines, taken, linesAction) : { saved: 0, rowErrors: [] },
    };
  }

  /** A call with the current session; a session refused mid-way is renewed once. */
  private async call(
    operation: string,
    idempotent: boolean,
    params: SoapParams,
  ): Promise<IntegrationResult> {
    for (let renewed = false; ; renewed = true) {
      const sessionPromise = this.sessionId();
      const sessionId = await sessionPromise;
      try {
        return await this.send(
          operation,
          idempotent,
          soapRequest(operation, params, { clientId: this.options.clientId, sessionId }),
        );
      } catch (error) {
        if (
          renewed ||
          !(error instanceof ConnectorError) ||
          error.code !== 'CONNECTOR.UNAUTHORIZED'
        )
          throw error;
        // Only the caller holding the refused session drops it; concurrent ones reuse the new one.
        if (this.session === sessionPromise) this.session = undefined;
      }
    }
  }

  private sessionId(): Promise<string> {
    this.session ??= this.authenticate().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private async authenticate(): Promise<string> {
    const { clientId, username, password } = this.options;
    const result = await this.send(
      'Authenticate',
      true,
      soapRequest('Authenticate', {
        clientId,
        username,
        password: Buffer.from(password, 'utf8').toString('base64'),
      }),
    );
    // Detail is "{clientId},{sessionId}".
    const sessionId = result.detail.split(',')[1];
    if (result.responseId !== 0 || !sessionId) {
      throw new ConnectorError(
        'peoplevox',
        'Authenticate',
        'CONNECTOR.UNAUTHORIZED',
        result.detail || 'no session',
      );
    }
    return sessionId;
  }

  private async send(
    operation: string,
    idempotent: boolean,
    body: string,
  ): Promise<IntegrationResult> {
    const response = await this.http.request({
      operation,
      method: 'POST',
      path: SERVICE_PATH,
      body,
      idempotent,
      headers: {
        'content-type': 'text/xml; charset=utf-8',
        soapaction: `"${PVX_NAMESPACE}${operation}"`,
      },
    });
    try {
      return readIntegrationResult(response.text, operation);
    } catch (cause) {
      if (!(cause instanceof SoapReadError)) throw cause;
      throw new ConnectorError('peoplevox', operation, 'CONNECTOR.BAD_RESPONSE', cause.message, {
        status: response.status,
        responseBody: response.text,
        cause,
      });
    }
  }
}

/**
 * SOAP faults come back as HTTP 500, which alone would read as a transient server error.
 * Classified here, inside VendorHttp's attempt, so its retry loop sees the real kind: a
 * refused session is UNAUTHORIZED (renewed by `call`), any other client fault REJECTED, and
 * only a server fault ("busy") transient. A 5xx that is not a SOAP fault keeps its status.
 */
function throwSoapFault(response: VendorResponse): void {
  if (response.status !== 500) return;
  const fault = readSoapFault(response.text);
  if (!fault) return;
  const code = /session|authenticat|credential/i.test(fault.faultString)
    ? 'CONNECTOR.UNAUTHORIZED'
    : /Client$/.test(fault.faultCode)
      ? 'CONNECTOR.REJECTED'
      : 'CONNECTOR.SERVER_ERROR';
  throw new ConnectorError(
    'peoplevox',
    'SOAP fault',
    code,
    `${fault.faultCode}: ${fault.faultString}`,
    {
      status: response.status,
      responseBody: response.text,
    },
  );
}

function rejected(operation: string, detail: string): ConnectorError {
  return new ConnectorError('peoplevox', operation, 'CONNECTOR.REJECTED', detail, {
    responseBody: detail,
  });
}
