import type {
  PrimaCreated,
  NewPrimaSalesOrder,
  PrimaCreditNote,
  PrimaDespatchNote,
  PrimaItem,
  PrimaPurchaseOrder,
  PrimaReceiptNote,
  PrimaReturnAuthorisation,
  PrimaSalesOrder,
  PrimaStockLevel,
  PrimaStockLevelResult,
  PrimaStockLevelRow,
} from './prima.types';

export const PRIMA_CLIENT = Symbol('PRIMA_CLIENT');

/**
 * Everything Parity asks of Prima, independent of transport: the REST client implements it
 * today; a SOAP/XML one (Prima Web Services) can replace it without touching a caller.
 * Failures are `ConnectorError`s; `retriable` tells a transient one from a refusal.
 * Change feeds yield records changed at or after `since` (inclusive: resuming from the last
 * `modifiedAt` seen repeats that record, never skips one), oldest first.
 */
export interface PrimaClient {
  itemsModifiedSince(since: Date | string): AsyncIterable<PrimaItem>;
  stockModifiedSince(since: Date | string, depotCode?: string): AsyncIterable<PrimaStockLevel>;
  salesOrdersModifiedSince(since: Date | string): AsyncIterable<PrimaSalesOrder>;
  purchaseOrdersModifiedSince(since: Date | string): AsyncIterable<PrimaPurchaseOrder>;
  /** Every stock row of a depot as it stands now. */
  stock(depotCode: string): AsyncIterable<PrimaStockLevel>;
  /** One item's stock row in a depot as it stands now; undefined when Prima has none. */
  stockOf(depotCode: string, itemCode: string): Promise<PrimaStockLevel | undefined>;

  salesOrder(orderNumber: string): Promise<PrimaSalesOrder | undefined>;
  /** Creates the order once per `customerReference`, however often it is called. */
  createSalesOrder(order: NewPrimaSalesOrder): Promise<PrimaCreated<PrimaSalesOrder>>;
  /** Authorises an order; an order already authorised (a repeated call) is returned as it is. */
  authoriseSalesOrder(orderNumber: string, authorisedBy?: string): Promise<PrimaSalesOrder>;
  /** Once per despatchNoteNumber. */
  createDespatchNote(note: PrimaDespatchNote): Promise<PrimaCreated<PrimaDespatchNote>>;
  /** Once per receiptNoteNumber; an unknown PO is a permanent `CONNECTOR.NOT_FOUND`. */
  createReceiptNote(
    poNumber: string,
    note: PrimaReceiptNote,
  ): Promise<PrimaCreated<PrimaReceiptNote>>;
  /** Once per raNumber; Prima raises the credit note. */
  createReturnAuthorisation(
    ra: PrimaReturnAuthorisation,
  ): Promise<PrimaCreated<PrimaReturnAuthorisation & { readonly creditNoteNumber: string }>>;
  creditNotesFor(raNumber: string): Promise<PrimaCreditNote[]>;
  /** Row results in the order sent; stale versions come back IGNORED_STALE, not as errors. */
  pushStockLevels(rows: readonly PrimaStockLevelRow[]): Promise<PrimaStockLevelResult[]>;
}
