/*
 * Sitoo's records as its REST API v2 shows them (vendor-apis.md §2.2). Money is a decimal string
 * with two places, stock a decimal string with three, dates Unix epoch seconds.
 */

/** One of a variant's attributes, as Sitoo's product `variant` lists them. */
export interface SitooVariantAttribute {
  readonly name: string;
  readonly value: string;
}

export interface SitooProduct {
  productid: number;
  sku: string;
  title: string;
  moneyprice: string;
  moneypriceorg: string;
  /** The product group, which sets the VAT. */
  vatid: number;
  vatvalue: number;
  /** False: retired, listed only with `includeinactive`. */
  active: boolean;
  activepos: boolean;
  stockcountenable: boolean;
  allowdecimals: boolean;
  /** null for a single product; the parent's id for a variant, and the parent's own id on the parent. */
  variantparentid: number | null;
  variant: SitooVariantAttribute[];
  barcode: string | null;
  datecreated: number;
  datemodified: number;
}

export interface SitooStore {
  storeid: number;
  name: string;
  externalid: string | null;
}

export interface SitooWarehouse {
  warehouseid: number;
  warehousetype: number;
  usetype: number;
  storeid: number | null;
  sellable: boolean;
  currencycode: string;
  name: string;
  externalid: string | null;
}

export interface SitooWarehouseItem {
  warehouseitemid: number;
  warehouseid: number;
  sku: string;
  binlocation: string;
  decimalthreshold: string;
  decimaltotal: string;
  moneytotal: string;
  datelastmodified: number;
  datelaststocktaking: number | null;
  decimalreserved: string;
  decimalavailable: string;
}

export interface SitooTransactionItem {
  sku: string;
  /** The change. */
  decimalquantity: string;
  /** The warehouse's total after the change. */
  decimaltotal: string;
  moneypricein: string;
  moneytotal: string;
  moneyvalue: string;
}

export interface SitooWarehouseTransaction {
  warehousetransactionid: number;
  warehouseid: number;
  datecreated: number;
  transactiontype: number;
  description: string;
  orderdeliveryid: number | null;
  shipmentid: number | null;
  externalid: string | null;
  reasoncode: string | null;
  items: SitooTransactionItem[];
}

export interface SitooOrderItem {
  orderitemid: number;
  orderitemtype: number;
  productid: number;
  productname: string;
  sku: string;
  productattributes: string;
  quantity: number;
  decimalunitquantity: string | null;
  moneynetpriceperunit: string;
  moneypriceorg: string;
  vatvalue: number;
  moneyitemtotal_net: string;
  moneyitemtotal_vat: string;
  vouchercode: string;
  vouchername: string;
  moneyoriginalprice: string;
  moneydiscountedprice: string;
  moneydiscount: string;
  salestaxes: unknown[];
  additionaldata: Record<string, string>;
  decimalquantitytotal: string;
  moneynetpriceperquantity: string;
}

export interface SitooPayment {
  name: string;
  moneyamount: string;
  externalid: string | null;
  reftype: string | null;
  refid: string | null;
  cardissuer: string | null;
  additionaldata: Record<string, string>;
  reservedpaymentid: number | null;
}

export interface SitooOrder {
  orderid: number;
  eshopid: number;
  externalid: string | null;
  creditorderid: number | null;
  email: string;
  namefirst: string;
  namelast: string;
  customerref: string;
  moneytotal_net: string;
  moneytotal_vat: string;
  moneyfinal_net: string;
  moneyfinal_vat: string;
  moneyfinal_salestax: string;
  moneytotal_gross_roundoff: string;
  moneytotal_gross_all: string;
  orderdate: number;
  orderstateid: number;
  paymentstateid: number;
  ordertypeid: number;
  userid_staff: number | null;
  /** Sitoo POS names its registers by GUID string (`{3CCB9848-…}`); older data by number. */
  registerid: number | string | null;
  warehouseid: number | null;
  currencycode: string;
  additionaldata: Record<string, string>;
  orderitems: SitooOrderItem[];
  payments: SitooPayment[];
}

/** The collection envelope every list endpoint answers with. */
export interface SitooEnvelope<T> {
  totalcount: number;
  items: T[];
}

/** Sitoo's error body. */
export interface SitooErrorBody {
  statuscode: number;
  errortext: string;
}
