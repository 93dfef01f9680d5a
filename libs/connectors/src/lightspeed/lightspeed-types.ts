/**
 * Lightspeed R-Series records as the connector returns them: the vendor's field names and
 * all-string values, with relation collections always arrays (see v3-collections.ts).
 * `"0"` in an ...ID field means "none".
 */

export interface LightspeedShop {
  readonly shopID: string;
  readonly name: string;
  /** IANA-style name, e.g. `US/Eastern`, `Europe/London`. */
  readonly timeZone: string;
  readonly timeStamp: string;
}

export interface LightspeedItemPrice {
  readonly amount: string;
  readonly useTypeID: string;
  readonly useType: string;
}

export interface LightspeedItemAttributes {
  readonly attribute1: string;
  readonly attribute2: string;
  readonly attribute3: string;
  readonly itemAttributeSetID: string;
}

export interface LightspeedItemShop {
  readonly itemShopID: string;
  readonly itemID: string;
  /** `"0"` is the all-shops total, not a shop. */
  readonly shopID: string;
  readonly qoh: string;
  readonly sellable: string;
  readonly timeStamp: string;
}

export interface LightspeedItem {
  readonly itemID: string;
  readonly systemSku: string;
  readonly customSku: string;
  readonly ean: string;
  readonly description: string;
  /** `default`, `non_inventory`, `serialized`, `gift_card`, … */
  readonly itemType: string;
  readonly itemMatrixID: string;
  readonly taxClassID: string;
  readonly archived: string;
  readonly timeStamp: string;
  readonly ItemAttributes?: LightspeedItemAttributes;
  readonly Prices?: LightspeedItemPrice[];
  readonly ItemShops?: LightspeedItemShop[];
}

export interface LightspeedItemMatrix {
  readonly itemMatrixID: string;
  readonly description: string;
  readonly itemAttributeSetID: string;
  readonly archived: string;
  readonly timeStamp: string;
}

/** The fields Parity writes on an Item; the price is the Default price list's (useTypeID 1). */
export interface LightspeedItemWrite {
  readonly description: string;
  readonly ean: string;
  readonly taxClassID: string;
  readonly Prices: { readonly ItemPrice: readonly { amount: string; useTypeID: '1' }[] };
}

/** A new Item; a matrix variant names its matrix and its attribute values. */
export interface LightspeedItemCreate extends LightspeedItemWrite {
  readonly customSku: string;
  readonly itemType: 'default' | 'non_inventory';
  readonly itemMatrixID?: string;
  readonly ItemAttributes?: { attribute1: string; attribute2: string; attribute3: string };
}

export interface LightspeedPaymentType {
  readonly paymentTypeID: string;
  readonly name: string;
  readonly type: string;
}

export interface LightspeedSalePayment {
  readonly salePaymentID: string;
  readonly saleID: string;
  readonly amount: string;
  /** `"true"`: an abandoned tender attempt, never part of what was paid. */
  readonly archived: string;
  readonly paymentTypeID: string;
  readonly remoteReference: string;
  readonly PaymentType?: LightspeedPaymentType;
}

export interface LightspeedSaleLine {
  readonly saleLineID: string;
  readonly saleID: string;
  readonly itemID: string;
  readonly shopID: string;
  readonly taxClassID: string;
  readonly discountID: string;
  readonly unitQuantity: string;
  readonly unitPrice: string;
  readonly tax1Rate: string;
  readonly tax2Rate: string;
  readonly calcLineDiscount: string;
  readonly calcTransactionDiscount: string;
  readonly calcSubtotal: string;
  readonly calcTotal: string;
  readonly calcTax1: string;
  readonly calcTax2: string;
  /** The sold line a returned line came from; `"0"` on a sold line. */
  readonly parentSaleLineID: string;
  readonly timeStamp: string;
  readonly Item?: LightspeedItem;
}

export interface LightspeedSale {
  readonly saleID: string;
  readonly shopID: string;
  readonly registerID: string;
  readonly customerID: string;
  readonly ticketNumber: string;
  readonly completed: string;
  readonly voided: string;
  readonly archived: string;
  readonly isTaxInclusive: string;
  readonly createTime: string;
  readonly completeTime?: string;
  readonly timeStamp: string;
  readonly calcTotal: string;
  readonly calcTax1: string;
  readonly calcTax2: string;
  readonly SaleLines?: LightspeedSaleLine[];
  readonly SalePayments?: LightspeedSalePayment[];
}
