/*
 * Prima's records as the connector hands them out: shaped like Prima's own ([ASSUMED]
 * contract, vendor-apis.md §5.2), with amounts already in integer minor units (pence) and
 * percentages in basis points. The SOAP client (prima-soap.client.ts) produces these from Prima's
 * XML; a SKU is Parity's string here, Product + MtrxCode1..4 only on the wire (prima-sku.ts).
 * Timestamps stay Prima's ISO-8601 UTC strings: `modifiedAt` is a change-feed cursor.
 */

export type PrimaProductStatus =
  'FULL' | 'LIMITED' | 'CONSUMABLE' | 'PART' | 'NON_STOCK' | 'DISCONTINUED';

export interface PrimaItem {
  readonly itemCode: string;
  readonly description: string;
  readonly productStatus: PrimaProductStatus;
  /** The style parent of a variant; null for a standalone item or a parent. */
  readonly parentItemCode: string | null;
  readonly attributes: { readonly colour?: string; readonly size?: string };
  readonly barcodes: readonly {
    readonly barcode: string;
    readonly type: 'EAN13' | 'UPC' | 'INTERNAL';
  }[];
  readonly vatCode: string;
  readonly unitOfMeasure: string;
  readonly sellPrice: {
    readonly netMinor: number;
    readonly grossMinor: number;
    readonly currency: string;
  };
  readonly modifiedAt: string;
}

export interface PrimaStockLevel {
  readonly itemCode: string;
  readonly depotCode: string;
  readonly quantityOnHand: number;
  readonly quantityAllocated: number;
  readonly quantityOnOrder: number;
  readonly quantityAvailableToSell: number;
  readonly modifiedAt: string;
}

export interface PrimaAmounts {
  readonly netMinor: number;
  readonly vatMinor: number;
  readonly grossMinor: number;
}

export interface PrimaAddress {
  readonly name: string;
  readonly lines: readonly string[];
  readonly city: string;
  readonly region: string | null;
  readonly postcode: string | null;
  readonly countryCode: string;
}

export type PrimaSalesOrderStatus =
  | 'OUTSTANDING'
  | 'AWAITING_AUTHORISATION'
  | 'AUTHORISED'
  | 'PART_DESPATCHED'
  | 'DESPATCHED'
  | 'INVOICED'
  | 'COMPLETED'
  | 'CANCELLED';

export interface PrimaSalesOrderLine {
  readonly lineNumber: number;
  readonly itemCode: string;
  readonly description: string;
  readonly productStatus: PrimaProductStatus;
  readonly quantityOrdered: number;
  readonly quantityAllocated: number;
  readonly quantityDespatched: number;
  readonly quantityInvoiced: number;
  readonly quantityReturned: number;
  readonly unitNetPriceMinor: number;
  readonly discountBasisPoints: number;
  readonly vatCode: string;
  readonly vatRateBasisPoints: number;
  /** The line after discount, as Prima rounded it. */
  readonly totals: PrimaAmounts;
  readonly lineStatus:
    'REQUESTED' | 'ALLOCATED' | 'ORDERED' | 'DESPATCHED' | 'INVOICED' | 'CANCELLED';
}

export interface PrimaSalesOrder {
  readonly orderNumber: string;
  readonly orderSource: string;
  readonly customerAccountCode: string;
  readonly customerReference: string | null;
  readonly depotCode: string;
  readonly orderDate: string;
  readonly status: PrimaSalesOrderStatus;
  readonly authorisation: {
    readonly required: boolean;
    readonly authorisedBy: string | null;
    readonly authorisedAt: string | null;
    readonly creditCheck: 'PASSED' | 'FAILED';
  };
  readonly currency: string;
  readonly deliveryAddress: PrimaAddress | null;
  readonly totals: PrimaAmounts;
  readonly lines: readonly PrimaSalesOrderLine[];
  readonly modifiedAt: string;
}

export interface NewPrimaSalesOrder {
  readonly orderSource: 'WEB' | 'EDI' | 'POS' | 'PHONE';
  readonly customerAccountCode: string;
  /** Parity's external reference (`LIGHTSPEED:MAN1:90412`): the key of idempotent creation. */
  readonly customerReference: string;
  readonly depotCode: string;
  readonly currency: string;
  readonly orderDate?: string;
  readonly deliveryAddress?: PrimaAddress | null;
  readonly lines: readonly {
    readonly itemCode: string;
    readonly description?: string;
    readonly quantityOrdered: number;
    readonly unitNetPriceMinor: number;
    readonly discountBasisPoints?: number;
    readonly vatCode: string;
  }[];
  /** Order charges by Prima charge code (a delivery charge), VAT-exclusive. */
  readonly charges?: readonly { readonly chargeCode: string; readonly amountMinor: number }[];
  /** How the order was paid, when it was (a web order): Prima's pay methods. */
  readonly payments?: readonly {
    readonly payMethod: string;
    readonly subPayMethod?: string;
    readonly transactionId: string;
    readonly amountMinor: number;
  }[];
}

export interface PrimaDespatchNote {
  readonly despatchNoteNumber: string;
  readonly salesOrderNumber: string;
  readonly depotCode: string;
  readonly despatchedAt: string;
  readonly carrier: string | null;
  readonly service: string | null;
  readonly trackingNumbers: readonly string[];
  readonly lines: readonly {
    readonly salesOrderLineNumber: number;
    readonly itemCode: string;
    readonly quantity: number;
  }[];
}

export type PrimaPurchaseOrderStatus =
  'OUTSTANDING' | 'PURCHASED' | 'AWAITING_RECEIPT' | 'PART_RECEIVED' | 'RECEIVED' | 'CANCELLED';

export interface PrimaPurchaseOrder {
  readonly poNumber: string;
  readonly supplierAccountCode: string;
  readonly depotCode: string;
  readonly status: PrimaPurchaseOrderStatus;
  readonly orderDate: string;
  readonly expectedDeliveryDate: string | null;
  readonly currency: string;
  readonly lines: readonly {
    readonly lineNumber: number;
    readonly itemCode: string;
    readonly quantityOrdered: number;
    readonly quantityReceived: number;
    readonly unitCostMinor: number;
  }[];
  /** When it was placed with the supplier; kept when it is cancelled afterwards. */
  readonly purchasedAt: string | null;
  readonly modifiedAt: string;
}

export interface PrimaReceiptNote {
  readonly receiptNoteNumber: string;
  readonly depotCode: string;
  readonly receivedAt: string;
  readonly lines: readonly {
    readonly poLineNumber: number;
    readonly itemCode: string;
    readonly quantityReceived: number;
    readonly quantityRejected: number;
    readonly reason: string | null;
  }[];
}

export interface PrimaReturnAuthorisation {
  readonly raNumber: string;
  readonly originalSalesOrderNumber: string;
  readonly customerAccountCode: string;
  readonly lines: readonly {
    readonly itemCode: string;
    readonly quantity: number;
    readonly reasonCode: string;
    readonly condition: 'RESALEABLE' | 'DAMAGED';
  }[];
}

export interface PrimaCreditNote {
  readonly creditNoteNumber: string;
  readonly raNumber: string;
  readonly currency: string;
  readonly lines: readonly {
    readonly itemCode: string;
    readonly quantity: number;
    readonly netMinor: number;
    readonly vatMinor: number;
  }[];
  readonly totalMinor: number;
}

/** One depot × item of a warehouse's figures, pushed so Prima follows the WMS. */
export interface PrimaStockLevelRow {
  readonly depotCode: string;
  readonly itemCode: string;
  readonly quantityOnHand: number;
  readonly quantityAllocated: number;
  /** Increases with every change at the source; Prima ignores a row not above what it holds. */
  readonly sourceVersion: number;
}

export interface PrimaStockLevelResult {
  readonly depotCode: string;
  readonly itemCode: string;
  readonly outcome: 'APPLIED' | 'IGNORED_STALE' | 'REJECTED';
  readonly storedVersion: number | null;
  readonly reason: string | null;
}

/** What a create returns: the record, and whether this call made it or found it already there. */
export interface PrimaCreated<T> {
  readonly record: T;
  readonly created: boolean;
}
