import { createDespatchNote } from './prima-despatch';
import { notFound, parseOrProblem } from './prima-problem';
import { createReceiptNote } from './prima-receipts';
import type { SalesOrderRecord } from './prima-records';
import { createReturnAuthorisation } from './prima-returns';
import { authoriseSalesOrder, createSalesOrder, type VatRates } from './prima-sales-orders';
import {
  authoriseSchema,
  despatchNoteSchema,
  newSalesOrderSchema,
  receiptNoteSchema,
  returnAuthorisationSchema,
  stockLevelPushSchema,
} from './prima-schemas';
import { attr, children, first, type El } from './prima-soap';
import type { PrimaState } from './prima-state';
import { applyStockLevels } from './prima-stock-levels';
import {
  presentCreditNoteXml,
  presentItem,
  presentPurchaseOrderXml,
  presentPushResult,
  presentSalesOrderXml,
  presentStockRow,
  skuCode,
} from './prima-xml-present';

/*
 * Prima's request types: each reads its `<Data>` and returns the answering `<Data>`'s content,
 * or throws a PrimaProblem (the handler turns it into Prima's RequestError). Only
 * ProductAvailableToSell, MultiAvailableToSell, MultiNewOrder and OrderStatus are in captured
 * traffic; the rest follow their style and are [ASSUMED] (libs/connectors/src/prima/README.md).
 */

export interface RequestContext {
  readonly state: PrimaState;
  readonly vatRates: VatRates;
}

export type RequestHandler = (data: El, context: RequestContext) => object;

const text = (element: El, name: string) => attr(element, name) || undefined;
/** A number where the schema wants one; text that is not one is left for the schema to refuse. */
const num = (element: El, name: string) => {
  const value = attr(element, name);
  return value === undefined || value === '' ? undefined : Number(value);
};
const byTimeThenKey =
  <T>(modified: (r: T) => string, key: (r: T) => string) =>
  (a: T, b: T) =>
    Date.parse(modified(a)) - Date.parse(modified(b)) ||
    (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
const changedSince = (data: El) => {
  const since = text(data, 'ModifiedFrom');
  return (modifiedAt: string) => !since || Date.parse(modifiedAt) >= Date.parse(since);
};

/** A change feed's records: changed at or after ModifiedFrom, oldest first, then by key. */
function changedRecords<T extends { readonly modifiedAt: string }>(
  data: El,
  records: Iterable<T>,
  key: (record: T) => string,
): T[] {
  const changed = changedSince(data);
  return [...records]
    .filter((record) => changed(record.modifiedAt))
    .sort(byTimeThenKey((record) => record.modifiedAt, key));
}

function orderOr404(state: PrimaState, orderNumber: string | undefined): SalesOrderRecord {
  const order = orderNumber ? state.salesOrders.get(orderNumber) : undefined;
  if (!order) throw notFound(`Sales Order ${orderNumber ?? ''} does not exist`);
  return order;
}

function stockRows(data: El, { state }: RequestContext, element: string) {
  const depot = text(data, 'Depot');
  const changed = changedSince(data);
  const from = text(data, 'ProductFrom');
  const to = text(data, 'ProductTo');
  const rows = [...state.stock.values()]
    .filter(
      (row) =>
        (!depot || row.depotCode === depot) &&
        changed(row.modifiedAt) &&
        (!from || row.itemCode >= from) &&
        (!to || (row.itemCode.split('-')[0] ?? '') <= to),
    )
    .sort(
      byTimeThenKey(
        (r) => r.modifiedAt,
        (r) => `${r.depotCode}/${r.itemCode}`,
      ),
    );
  return { [element]: rows.map((row) => presentStockRow(state, row)) };
}

export const REQUEST_TYPES: Readonly<Record<string, RequestHandler>> = {
  ProductAvailableToSell: (data, context) => {
    const depot = text(data, 'Depot');
    if (depot && !context.state.depots.has(depot)) throw notFound(`Depot ${depot} does not exist`);
    return stockRows(data, context, 'sku');
  },
  StockChanges: (data, context) => stockRows(data, context, 'sku'),
  MultiAvailableToSell: (data, { state }) => {
    const depot = text(data, 'Depot');
    const wanted = new Set(children(data, 'sku').map(skuCode));
    const rows = [...state.stock.values()].filter(
      (row) => wanted.has(row.itemCode) && (!depot || row.depotCode === depot),
    );
    return { SKU: rows.map((row) => presentStockRow(state, row)) };
  },
  ProductChanges: (data, { state }) => ({
    sku: changedRecords(data, state.items.values(), (i) => i.itemCode).map(presentItem),
  }),
  OrderChanges: (data, { state }) => ({
    Order: changedRecords(data, state.salesOrders.values(), (o) => o.orderNumber).map(
      presentSalesOrderXml,
    ),
  }),
  PurchaseOrderChanges: (data, { state }) => ({
    PurchaseOrder: changedRecords(data, state.purchaseOrders.values(), (p) => p.poNumber).map(
      presentPurchaseOrderXml,
    ),
  }),
  OrderStatus: (data, { state }) =>
    presentSalesOrderXml(orderOr404(state, text(data, 'OrderNumber'))),
  MultiNewOrder: (data, { state, vatRates }) => {
    const header = first(data, 'OrderHeaderData') ?? {};
    const delivery = first(data, 'OrderDeliveryData');
    const input = parseOrProblem(newSalesOrderSchema, {
      orderNumber: text(data, 'OrderNumber'),
      customerReference: text(data, 'TPGUID') ?? null,
      orderSource: text(data, 'OrderChannel'),
      vatInclusive: text(data, 'VatInclusive') === 'Yes',
      customerAccountCode: text(header, 'CustomerCode'),
      depotCode: text(header, 'Depot'),
      currency: text(header, 'Currency'),
      orderDate: text(header, 'OrderDate'),
      deliveryAddress: delivery && {
        name: text(delivery, 'Name'),
        lines: [1, 2, 3, 4].flatMap((n) => text(delivery, `Address${n}`) ?? []),
        city: text(delivery, 'City'),
        region: text(delivery, 'Region') ?? null,
        postcode: text(delivery, 'Postcode') ?? null,
        countryCode: text(delivery, 'Country'),
      },
      lines: children(data, 'OrderLineData').map((line) => ({
        itemCode: skuCode(line),
        description: text(line, 'Description'),
        quantityOrdered: num(line, 'Quantity'),
        unitNetPrice: text(line, 'Price'),
        discountPercent: text(line, 'DiscountPercent'),
        vatCode: text(line, 'VatCode'),
      })),
    });
    const order = createSalesOrder(state, input, vatRates);
    return {
      CustRef: '',
      CustomerCode: order.customerAccountCode,
      OrderNumber: order.orderNumber,
      TPGUID: order.customerReference ?? '',
      UniqueID: state.salesOrders.size,
    };
  },
  AuthoriseOrder: (data, { state }) => {
    const order = orderOr404(state, text(data, 'OrderNumber'));
    const { authorisedBy } = parseOrProblem(authoriseSchema, {
      authorisedBy: text(data, 'AuthorisedBy'),
    });
    authoriseSalesOrder(state, order, authorisedBy);
    return presentSalesOrderXml(order);
  },
  NewDespatch: (data, { state }) => {
    const note = createDespatchNote(
      state,
      parseOrProblem(despatchNoteSchema, {
        despatchNoteNumber: text(data, 'DespatchNumber'),
        salesOrderNumber: text(data, 'OrderNumber'),
        depotCode: text(data, 'Depot'),
        despatchedAt: text(data, 'DespatchedAt'),
        carrier: text(data, 'Carrier') ?? null,
        service: text(data, 'Service') ?? null,
        trackingNumbers: children(data, 'TrackingData').flatMap(
          (tracking) => text(tracking, 'TrackingNumber') ?? [],
        ),
        lines: children(data, 'DespatchLineData').map((line) => ({
          salesOrderLineNumber: num(line, 'LineNumber'),
          itemCode: skuCode(line),
          quantity: num(line, 'Quantity'),
        })),
      }),
    );
    return { DespatchNumber: note.despatchNoteNumber, OrderNumber: note.salesOrderNumber };
  },
  NewReceipt: (data, { state }) => {
    const poNumber = text(data, 'PONumber') ?? '';
    const note = createReceiptNote(
      state,
      poNumber,
      parseOrProblem(receiptNoteSchema, {
        receiptNoteNumber: text(data, 'ReceiptNumber'),
        depotCode: text(data, 'Depot'),
        receivedAt: text(data, 'ReceivedAt'),
        lines: children(data, 'ReceiptLineData').map((line) => ({
          poLineNumber: num(line, 'LineNumber'),
          itemCode: skuCode(line),
          quantityReceived: num(line, 'QuantityReceived'),
          quantityRejected: num(line, 'QuantityRejected'),
          reason: text(line, 'Reason') ?? null,
        })),
      }),
    );
    return { ReceiptNumber: note.receiptNoteNumber, PONumber: poNumber };
  },
  NewReturn: (data, { state }) => {
    const ra = createReturnAuthorisation(
      state,
      parseOrProblem(returnAuthorisationSchema, {
        raNumber: text(data, 'RANumber'),
        originalSalesOrderNumber: text(data, 'OrderNumber'),
        customerAccountCode: text(data, 'CustomerCode'),
        lines: children(data, 'ReturnLineData').map((line) => ({
          itemCode: skuCode(line),
          quantity: num(line, 'Quantity'),
          reasonCode: text(line, 'ReasonCode'),
          condition: text(line, 'Condition'),
        })),
      }),
    );
    return { RANumber: ra.raNumber, CreditNoteNumber: ra.creditNoteNumber };
  },
  CreditNotes: (data, { state }) => {
    const raNumber = text(data, 'RANumber');
    const notes = [...state.creditNotes.values()].filter((note) => note.raNumber === raNumber);
    return { RANumber: raNumber ?? '', CreditNote: notes.map(presentCreditNoteXml) };
  },
  StockLevelImport: (data, { state }) => {
    const rows = parseOrProblem(
      stockLevelPushSchema,
      children(data, 'StockLevel').map((row) => ({
        depotCode: text(row, 'Depot'),
        itemCode: skuCode(row),
        quantityOnHand: num(row, 'OnHand'),
        quantityAllocated: num(row, 'Allocated'),
        sourceVersion: num(row, 'SourceVersion'),
      })),
    );
    return { StockLevel: applyStockLevels(state, rows).results.map(presentPushResult) };
  },
};
