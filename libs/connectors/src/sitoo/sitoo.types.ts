/*
 * Sitoo REST API v2 records, as the vendor shapes them (vendor-apis.md §2.2): money as decimal
 * strings with two places, stock as decimal strings with three, dates as Unix epoch seconds.
 * Only the fields Parity reads are typed; the API sends more.
 */

/** Places of Sitoo's stock quantities (`"5.000"`): Parity reads them as exact thousandths. */
export const SITOO_QUANTITY_SCALE = 3;

/** Every collection answers in this envelope; paging is by `start` and `num`. */
export interface SitooEnvelope<T> {
  readonly totalcount: number;
  readonly items: readonly T[];
}

export interface SitooProduct {
  readonly productid: number;
  readonly sku: string;
  readonly title: string;
  readonly moneyprice: string;
  /** The product group, which sets the VAT. */
  readonly vatid: number;
  readonly vatvalue: number;
  /** null: a single product; otherwise the variant group's parent (which points at itself). */
  readonly variantparentid: number | null;
  /** A variant's attributes (`Color: Red`), in display order. */
  readonly variant: readonly SitooVariantAttribute[];
  readonly barcode: string | null;
  /** False once retired; such products are listed only when asked to include inactive ones. */
  readonly active: boolean;
  readonly activepos: boolean;
}

export interface SitooVariantAttribute {
  readonly name: string;
  readonly value: string;
}

/** A product as a batch write sends it (the product-write schema); a variant names its parent. */
export interface SitooProductWrite {
  readonly sku: string;
  readonly title?: string;
  /** The Default price list's price. */
  readonly moneyprice?: string;
  readonly barcode?: string | null;
  readonly vatid?: number;
  readonly active?: boolean;
  readonly activepos?: boolean;
  readonly variantparentid?: number;
  readonly variant?: readonly SitooVariantAttribute[];
}

export type SitooProductUpdate = Partial<Omit<SitooProductWrite, 'variantparentid'>> & {
  readonly productid: number;
};

/** One element's result in a batch answer: its new id (or `true`), else Sitoo's error text. */
export type SitooBatchResult =
  | { readonly statuscode: 200; readonly return: number | true }
  | { readonly statuscode: number; readonly errortext: string };

/** One of the account's VAT groups: a product's `vatid` names one and takes its rate. */
export interface SitooVatGroup {
  readonly vatid: number;
  /** Percent. */
  readonly value: number;
}

export interface SitooWarehouse {
  readonly warehouseid: number;
  readonly storeid: number | null;
  readonly name: string;
  readonly currencycode: string;
  readonly externalid: string | null;
}

export interface SitooWarehouseItem {
  readonly warehouseitemid: number;
  readonly warehouseid: number;
  readonly sku: string;
  readonly decimaltotal: string;
  readonly decimalreserved: string;
  readonly decimalavailable: string;
  readonly datelastmodified: number;
}

export interface SitooWarehouseTransaction {
  readonly warehousetransactionid: number;
  readonly warehouseid: number;
  readonly datecreated: number;
  readonly transactiontype: number;
  readonly externalid: string | null;
  readonly items: readonly { sku: string; decimalquantity: string; decimaltotal: string }[];
}

export interface SitooOrderItem {
  readonly orderitemid: number;
  readonly orderitemtype: number;
  readonly sku: string;
  readonly productname: string;
  /** Whole units; negative for returned units. */
  readonly quantity: number;
  readonly moneynetpriceperunit: string;
  readonly moneyoriginalprice: string;
  readonly moneydiscount: string;
  readonly vatvalue: number;
  readonly moneyitemtotal_net: string;
  readonly moneyitemtotal_vat: string;
  readonly additionaldata: Readonly<Record<string, string>>;
}

export interface SitooPayment {
  readonly name: string;
  readonly moneyamount: string;
  readonly refid: string | null;
  readonly externalid: string | null;
}

export interface SitooOrder {
  readonly orderid: number;
  readonly eshopid: number;
  readonly creditorderid: number | null;
  readonly orderdate: number;
  readonly orderstateid: number;
  readonly ordertypeid: number;
  /** A number, or a GUID string (`{3CCB9848-…}`) as in Sitoo's own examples. */
  readonly registerid: number | string | null;
  readonly warehouseid: number | null;
  readonly currencycode: string;
  readonly customerref: string;
  readonly moneytotal_net: string;
  readonly moneytotal_vat: string;
  readonly moneytotal_gross_all: string;
  /** POS links: `pos-originalsales-orderid`, `pos-receiptid`, `pos-timezone`, … */
  readonly additionaldata: Readonly<Record<string, string>>;
  readonly orderitems: readonly SitooOrderItem[];
  readonly payments: readonly SitooPayment[];
}
