/*
 * The documents Parity places with a warehouse through the WMS port, WMS-neutral. Each is
 * keyed by Parity's external reference (Prima's order or PO number), which every adapter
 * searches by before it creates, so a repeated call finds the earlier record.
 */

export interface WmsAddress {
  /** The addressee: a person, or the store receiving a transfer. */
  readonly name: string;
  readonly company?: string;
  /** Street lines, first to last; at least one. */
  readonly lines: readonly string[];
  readonly city: string;
  readonly region?: string;
  readonly postcode: string;
  /** ISO 3166-1 alpha-2 (`GB`, never `UK`). */
  readonly countryCode: string;
}

/** The street lines as the WMSs take them: the first, then the rest on one second line. */
export function streetLines(address: WmsAddress): { line1: string; line2: string | undefined } {
  const [line1 = '', ...rest] = address.lines;
  return { line1, line2: rest.length > 0 ? rest.join(', ') : undefined };
}

/**
 * A sales order to pick and despatch, without its reference (an amendment gets its reference
 * from the port). Stock lines only: the caller splits non-stock lines (gift cards, services,
 * delivery charges) off before placing it, as no warehouse has those items.
 */
export interface WmsSalesOrderContent {
  /** The WMS location to fulfil from (a Peoplevox site, a Clarus warehouse). */
  readonly location: string;
  readonly customer: {
    /** The customer's account in Prima, when it has one. */
    readonly account?: string;
    readonly email?: string;
    readonly phone?: string;
  };
  readonly deliveryAddress: WmsAddress;
  /** `YYYY-MM-DD`. */
  readonly orderDate?: string;
  readonly carrier?: string;
  readonly service?: string;
  readonly lines: readonly {
    /** Prima's line number; what the WMS reports picks and despatches against. */
    readonly lineNumber: number;
    readonly sku: string;
    readonly quantity: number;
  }[];
}

export interface WmsSalesOrder extends WmsSalesOrderContent {
  /** Prima's order number: the key that makes creation idempotent. */
  readonly reference: string;
}

/** Goods expected in (a pre-receipt): receipts are booked against it by its reference. */
export interface WmsPurchaseOrder {
  /** Prima's PO number: the key that makes creation idempotent, and what receipts quote. */
  readonly reference: string;
  readonly location: string;
  /** Prima's supplier account. */
  readonly supplier?: string;
  /** `YYYY-MM-DD`. */
  readonly expectedDate: string;
  readonly lines: readonly {
    readonly lineNumber: number;
    readonly sku: string;
    readonly quantity: number;
    /** Cost per unit in minor units, for WMSs that keep it (Peoplevox). */
    readonly unitCostMinor?: number;
  }[];
}

/** A document the WMS holds: the reference it goes by and the WMS's own id for it. */
export interface WmsPlaced {
  readonly reference: string;
  readonly wmsId: string;
}

/**
 * Where a sales order stands in the warehouse. OPEN and ALLOCATED orders can still be
 * amended or cancelled; from PICKING on the goods are being handled.
 */
export type WmsSalesOrderStatus =
  'OPEN' | 'ALLOCATED' | 'PICKING' | 'PART_DESPATCHED' | 'DESPATCHED' | 'CANCELLED';

export interface WmsSalesOrderState extends WmsPlaced {
  readonly status: WmsSalesOrderStatus;
}

/** Whether an order in this status can still be amended. */
export function isAmendable(status: WmsSalesOrderStatus): boolean {
  return status === 'OPEN' || status === 'ALLOCATED';
}
