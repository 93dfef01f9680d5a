import type {
  DepotInput,
  DespatchNoteInput,
  ItemInput,
  PurchaseOrderInput,
  ReceiptNoteInput,
  ReturnAuthorisationInput,
  StockLevelRow,
} from './prima-schemas';

/*
 * The simulator's own records. Amounts Prima computes (order lines, credit notes) are kept in
 * pence and formatted on the way out; amounts it only stores (item prices, PO costs) stay as
 * the strings they arrived as.
 */

export interface ItemRecord extends ItemInput {
  modifiedAt: string;
}

export type DepotRecord = DepotInput;

export interface StockRecord {
  readonly itemCode: string;
  readonly depotCode: string;
  onHand: number;
  /** Prima's own sales-order allocations (authorised orders), released by despatch notes. */
  allocated: number;
  /**
   * What the warehouse holds back, as the last stock-level push said (its allocations to
   * released orders, quarantine, safety): kept apart from Prima's own allocations, so a push
   * never erases an order Prima authorised after the pusher last looked.
   */
  heldByWarehouse: number;
  onOrder: number;
  /** The last `sourceVersion` a stock-level push applied; null until the first push. */
  sourceVersion: number | null;
  modifiedAt: string;
}

export interface CustomerRecord {
  readonly accountCode: string;
  readonly creditLimitMinor: number;
  balanceMinor: number;
}

export type SalesOrderStatus =
  | 'OUTSTANDING'
  | 'AWAITING_AUTHORISATION'
  | 'AUTHORISED'
  | 'PART_DESPATCHED'
  | 'DESPATCHED'
  | 'INVOICED'
  | 'COMPLETED'
  | 'CANCELLED';

export type LineStatus =
  'REQUESTED' | 'ALLOCATED' | 'ORDERED' | 'DESPATCHED' | 'INVOICED' | 'CANCELLED';

export interface SalesOrderLineRecord {
  readonly lineNumber: number;
  readonly itemCode: string;
  readonly description: string;
  /** Copied from the item: NON_STOCK lines are never allocated or despatched from stock. */
  readonly productStatus: ItemInput['productStatus'];
  readonly quantityOrdered: number;
  quantityAllocated: number;
  quantityDespatched: number;
  quantityInvoiced: number;
  quantityReturned: number;
  readonly unitNetMinor: number;
  readonly discountBasisPoints: number;
  readonly vatCode: string;
  readonly vatRateBasisPoints: number;
  /** The line's net after discount and its VAT, each rounded once, as Prima prints them. */
  readonly netMinor: number;
  readonly vatMinor: number;
  lineStatus: LineStatus;
}

export interface SalesOrderRecord {
  readonly orderNumber: string;
  readonly orderSource: string;
  readonly customerAccountCode: string;
  readonly customerReference: string | null;
  readonly depotCode: string;
  readonly orderDate: string;
  status: SalesOrderStatus;
  readonly authorisation: {
    readonly required: boolean;
    authorisedBy: string | null;
    authorisedAt: string | null;
    creditCheck: 'PASSED' | 'FAILED';
  };
  readonly currency: string;
  readonly deliveryAddress: unknown;
  readonly lines: SalesOrderLineRecord[];
  modifiedAt: string;
}

export interface DespatchNoteRecord extends DespatchNoteInput {
  readonly createdAt: string;
}

export interface PurchaseOrderRecord extends Omit<PurchaseOrderInput, 'lines'> {
  readonly lines: (PurchaseOrderInput['lines'][number] & { quantityReceived: number })[];
  /** When it was placed with the supplier; set once, kept if it is cancelled later. */
  purchasedAt: string | null;
  modifiedAt: string;
}

export interface ReceiptNoteRecord extends ReceiptNoteInput {
  readonly poNumber: string;
  readonly createdAt: string;
}

export interface ReturnAuthorisationRecord extends ReturnAuthorisationInput {
  readonly creditNoteNumber: string;
  readonly createdAt: string;
}

export interface CreditNoteRecord {
  readonly creditNoteNumber: string;
  readonly raNumber: string;
  readonly currency: string;
  readonly lines: { itemCode: string; quantity: number; netMinor: number; vatMinor: number }[];
  readonly createdAt: string;
}

export type StockPushOutcome = 'APPLIED' | 'IGNORED_STALE' | 'REJECTED';

export interface StockPushResult {
  readonly depotCode: string;
  readonly itemCode: string;
  readonly outcome: StockPushOutcome;
  /** The version Prima holds after this row. */
  readonly storedVersion: number | null;
  readonly reason: string | null;
}

export interface StockPushRecord {
  readonly receivedAt: string;
  readonly rows: readonly StockLevelRow[];
  readonly results: readonly StockPushResult[];
}
