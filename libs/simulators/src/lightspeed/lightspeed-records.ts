/** The simulator's own state, typed; rendered to Lightspeed's all-strings JSON on the way out. */

export interface ShopRecord {
  readonly shopID: string;
  readonly name: string;
  readonly timeZone: string;
  timeStamp: string;
}

export interface MatrixRecord {
  readonly itemMatrixID: string;
  readonly description: string;
  readonly itemAttributeSetID: string;
  readonly attribute1Values: string[];
  readonly attribute2Values: string[];
  timeStamp: string;
}

export interface ItemAttributes {
  readonly attribute1: string;
  readonly attribute2: string;
  readonly attribute3: string;
  readonly itemAttributeSetID: string;
}

export type ItemType = 'default' | 'non_inventory' | 'serialized' | 'gift_card';

export interface ItemRecord {
  readonly itemID: string;
  readonly systemSku: string;
  readonly customSku: string;
  description: string;
  ean: string;
  readonly itemType: ItemType;
  readonly itemMatrixID: string;
  readonly attributes: ItemAttributes | undefined;
  priceMinor: number;
  taxClassID: string;
  /** Lightspeed's retirement: `DELETE Item/{id}.json` archives, it never removes. */
  archived: boolean;
  readonly createTime: string;
  timeStamp: string;
}

export interface ItemShopRecord {
  readonly itemShopID: string;
  readonly itemID: string;
  readonly shopID: string;
  qoh: number;
  timeStamp: string;
}

export interface SaleLineRecord {
  readonly saleLineID: string;
  readonly saleID: string;
  readonly itemID: string;
  readonly shopID: string;
  readonly taxClassID: string;
  readonly unitQuantity: number;
  readonly unitPriceMinor: number;
  readonly lineDiscountMinor: number;
  readonly transactionDiscountMinor: number;
  readonly subtotalMinor: number;
  readonly totalMinor: number;
  /** Unrounded, as Lightspeed keeps it on lines: units of 1e-7. */
  readonly tax1E7: number;
  readonly parentSaleLineID: string;
  /**
   * What the cashier typed on a miscellaneous line (itemID "0", no catalogue item), served as
   * the line's Note relation; null on a line for an item.
   */
  readonly note: string | null;
  readonly createTime: string;
  readonly timeStamp: string;
}

export interface SalePaymentRecord {
  readonly salePaymentID: string;
  readonly saleID: string;
  readonly paymentTypeID: string;
  readonly amountMinor: number;
  /** An abandoned tender attempt; still listed, never counted. */
  readonly archived: boolean;
  readonly createTime: string;
}

export interface SaleRecord {
  readonly saleID: string;
  readonly shopID: string;
  readonly registerID: string;
  readonly employeeID: string;
  readonly customerID: string;
  readonly discountID: string;
  readonly ticketNumber: string;
  /** Fraction as Lightspeed writes it: "0.2" is 20%. */
  readonly tax1Rate: string;
  readonly isTaxInclusive: boolean;
  readonly createTime: string;
  completed: boolean;
  completeTime: string;
  /** Rendered as older API versions render a completed sale: without completeTime. */
  readonly withoutCompleteTime: boolean;
  updateTime: string;
  timeStamp: string;
  readonly lines: SaleLineRecord[];
  readonly payments: SalePaymentRecord[];
}

/** A Sale exactly as Lightspeed wrote it: strings, relations and one-object collections. */
export interface RecordedSale {
  readonly recorded: { readonly saleID: string; readonly timeStamp: string } & Record<
    string,
    unknown
  >;
}

export interface PaymentTypeRecord {
  readonly paymentTypeID: string;
  readonly name: string;
  readonly type: string;
}

/** A stock level Parity set through `PUT Item/{id}.json`, for tests to read back. */
export interface ItemShopUpdate {
  readonly itemID: string;
  readonly shopID: string;
  readonly qoh: number;
  readonly at: string;
}
