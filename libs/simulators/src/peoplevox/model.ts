/** What the simulated Peoplevox holds. Quantities are whole units, prices decimal strings as sent. */

export interface ItemType {
  readonly itemCode: string;
  readonly name: string;
  readonly barcode: string;
  readonly description: string;
  readonly retailPrice: string;
  /** `api` when saved through SaveData, i.e. by Parity; `seed` when set up through admin. */
  readonly origin: 'seed' | 'api';
}

export interface StockLevel {
  onHand: number;
  allocated: number;
}

export interface SalesOrderLine {
  readonly line: number;
  readonly itemCode: string;
  quantityOrdered: number;
  salePrice: string;
  /** Set aside and not yet despatched. */
  quantityAllocated: number;
  quantityDespatched: number;
}

export type SalesOrderStatus =
  | 'New'
  | 'Partially allocated'
  | 'Allocated'
  | 'Picked'
  | 'Partially despatched'
  | 'Despatched'
  | 'Cancelled';

export interface SalesOrder {
  readonly salesOrderNumber: string;
  siteReference: string;
  /** Header columns as saved (Customer, Email, ShippingAddressLine1 …), echoed by GetData. */
  fields: Record<string, string>;
  status: SalesOrderStatus;
  picked: boolean;
  readonly createdAt: Date;
  lastModifiedAt: Date;
  readonly lines: SalesOrderLine[];
}

export interface DespatchPackage {
  readonly despatchNumber: string;
  readonly salesOrderNumber: string;
  readonly siteReference: string;
  readonly carrier: string;
  readonly serviceType: string;
  readonly trackingNumber: string;
  readonly despatchedAt: Date;
  readonly items: readonly { line: number; itemCode: string; quantity: number }[];
}

export interface PurchaseOrderLine {
  readonly line: number;
  readonly itemCode: string;
  quantity: number;
  costPrice: string;
  /** Booked in by goods in against this purchase order. */
  quantityReceived: number;
}

/** [ASSUMED] names: no public capture shows Peoplevox's purchase order statuses. */
export type PurchaseOrderStatus = 'Open' | 'Partially received' | 'Received';

/** A pre-receipt: goods expected from a supplier, which goods in are booked against. */
export interface PurchaseOrder {
  readonly purchaseOrderNumber: string;
  /** Header columns as saved (Reference, Supplier, ExpectedDeliveryDate …), echoed by GetData. */
  fields: Record<string, string>;
  status: PurchaseOrderStatus;
  readonly createdAt: Date;
  readonly lines: PurchaseOrderLine[];
}

export interface GoodsIn {
  readonly goodsInId: number;
  /** The purchase order reference the goods were booked in against. */
  readonly reference: string;
  readonly siteReference: string;
  readonly reconciledAt: Date;
  readonly items: readonly { itemCode: string; quantity: number }[];
}

export interface CustomerReturn {
  readonly returnCode: string;
  readonly salesOrderNumber: string;
  readonly siteReference: string;
  readonly returnedAt: Date;
  readonly items: readonly {
    line: number;
    itemCode: string;
    quantity: number;
    reason: string;
    /** Peoplevox's return condition; `NEW` goes back to stock. */
    condition: string;
  }[];
}

/** Event types SubscribeEvent accepts (the documented list). */
export const EVENT_TYPES = [
  'AvailabilityChanges',
  'SalesOrderStatusChanges',
  'GoodsReceived',
  'TrackingNumberReceived',
  'IncrementalChanges',
  'Returns',
  'DespatchPackageTrackingNumberReceived',
  'OnDespatchOrderReceived',
  'DespatchPackageDespatched',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An event's data by placeholder path; collection paths have one value per element. */
export type EventData = Readonly<Record<string, string | readonly string[]>>;

export interface WarehouseEvent {
  readonly type: EventType;
  readonly data: EventData;
}

/** A request the warehouse refuses; `status` is what the admin API answers. */
export class WarehouseError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}
