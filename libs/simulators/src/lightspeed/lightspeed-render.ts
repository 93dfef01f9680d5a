import { divideRounded, formatMinor, formatTrimmed } from './decimal';
import type {
  ItemRecord,
  ItemShopRecord,
  MatrixRecord,
  SaleLineRecord,
  SalePaymentRecord,
  SaleRecord,
  ShopRecord,
} from './lightspeed-records';
import type { LightspeedState } from './lightspeed-state';

/** Lightspeed's JSON: every value a string, nested objects for relations. */
export type LsJson = { [key: string]: string | LsJson | LsJson[] };

/**
 * The XML heritage of the API: a collection with one element is that element, not an array
 * (`"SaleLines": {"SaleLine": {...}}`). Clients have to undo this; the simulator must do it.
 */
export function collapse(entries: LsJson[]): LsJson | LsJson[] {
  return entries.length === 1 ? (entries[0] as LsJson) : entries;
}

const bool = (value: boolean): string => (value ? 'true' : 'false');

export function renderShop(shop: ShopRecord): LsJson {
  return {
    shopID: shop.shopID,
    name: shop.name,
    timeZone: shop.timeZone,
    serviceRate: '0',
    taxLabor: 'false',
    archived: 'false',
    timeStamp: shop.timeStamp,
  };
}

export function renderMatrix(matrix: MatrixRecord): LsJson {
  return {
    itemMatrixID: matrix.itemMatrixID,
    description: matrix.description,
    itemType: 'default',
    archived: 'false',
    itemAttributeSetID: matrix.itemAttributeSetID,
    attribute1Values: attributeValues(matrix.attribute1Values),
    attribute2Values: attributeValues(matrix.attribute2Values),
    timeStamp: matrix.timeStamp,
  };
}

export function renderItemShop(row: ItemShopRecord): LsJson {
  return {
    itemShopID: row.itemShopID,
    qoh: String(row.qoh),
    sellable: String(Math.max(0, row.qoh)),
    backorder: '0',
    reorderPoint: '0',
    reorderLevel: '0',
    timeStamp: row.timeStamp,
    itemID: row.itemID,
    shopID: row.shopID,
  };
}

export function renderItem(
  state: LightspeedState,
  item: ItemRecord,
  relations: Set<string>,
): LsJson {
  const json: LsJson = {
    itemID: item.itemID,
    systemSku: item.systemSku,
    defaultCost: '0',
    avgCost: '0',
    discountable: 'true',
    tax: 'true',
    archived: bool(item.archived),
    itemType: item.itemType,
    serialized: 'false',
    description: item.description,
    upc: '',
    ean: item.ean,
    customSku: item.customSku,
    manufacturerSku: '',
    createTime: item.createTime,
    timeStamp: item.timeStamp,
    categoryID: '0',
    taxClassID: item.taxClassID,
    departmentID: '0',
    itemMatrixID: item.itemMatrixID,
    manufacturerID: '0',
    Prices: {
      ItemPrice: collapse([
        { amount: formatMinor(item.priceMinor), useTypeID: '1', useType: 'Default' },
      ]),
    },
  };
  if (item.attributes) json['ItemAttributes'] = { ...item.attributes };
  if (relations.has('ItemShops')) {
    const rows = [...state.itemShops.values()].filter((row) => row.itemID === item.itemID);
    if (rows.length > 0) json['ItemShops'] = { ItemShop: collapse(rows.map(renderItemShop)) };
  }
  const matrix = state.matrices.get(item.itemMatrixID);
  if (relations.has('ItemMatrix') && matrix) json['ItemMatrix'] = renderMatrix(matrix);
  return json;
}

export function renderSale(
  state: LightspeedState,
  sale: SaleRecord,
  relations: Set<string>,
): LsJson {
  const counted = sale.payments.filter((payment) => !payment.archived);
  const totalMinor = sum(sale.lines.map((line) => line.totalMinor));
  const paidMinor = sum(counted.map((payment) => payment.amountMinor));
  const lineDiscounts = sum(
    sale.lines.map((l) => l.lineDiscountMinor + l.transactionDiscountMinor),
  );
  const tax1Minor = roundE7ToMinor(sum(sale.lines.map((line) => line.tax1E7)));
  const json: LsJson = {
    saleID: sale.saleID,
    timeStamp: sale.timeStamp,
    discountPercent: '0',
    completed: bool(sale.completed),
    archived: 'false',
    voided: 'false',
    enablePromotions: 'false',
    isTaxInclusive: bool(sale.isTaxInclusive),
    createTime: sale.createTime,
    updateTime: sale.updateTime,
    ...(sale.completeTime && !sale.withoutCompleteTime ? { completeTime: sale.completeTime } : {}),
    referenceNumber: '',
    referenceNumberSource: '',
    tax1Rate: sale.tax1Rate,
    tax2Rate: '0',
    change: '0',
    ticketNumber: sale.ticketNumber,
    calcDiscount: formatMinor(lineDiscounts),
    calcTotal: formatMinor(totalMinor),
    calcSubtotal: formatMinor(sum(sale.lines.map((line) => line.subtotalMinor))),
    calcTax1: formatMinor(tax1Minor),
    calcTax2: '0',
    calcPayments: formatMinor(paidMinor),
    total: formatMinor(totalMinor),
    totalDue: formatMinor(totalMinor),
    balance: formatMinor(totalMinor - paidMinor),
    customerID: sale.customerID,
    discountID: sale.discountID,
    employeeID: sale.employeeID,
    quoteID: '0',
    registerID: sale.registerID,
    shipToID: '0',
    shopID: sale.shopID,
    taxCategoryID: '1',
    taxTotal: formatMinor(tax1Minor),
  };
  if (relations.has('SaleLines') && sale.lines.length > 0) {
    const lines = sale.lines.map((line) => renderSaleLine(state, sale, line, relations));
    json['SaleLines'] = { SaleLine: collapse(lines) };
  }
  if (relations.has('SalePayments') && sale.payments.length > 0) {
    const payments = sale.payments.map((payment) => renderPayment(state, payment, relations));
    json['SalePayments'] = { SalePayment: collapse(payments) };
  }
  return json;
}

export function renderSaleLine(
  state: LightspeedState,
  sale: SaleRecord,
  line: SaleLineRecord,
  relations: Set<string>,
): LsJson {
  const json: LsJson = {
    saleLineID: line.saleLineID,
    createTime: line.createTime,
    timeStamp: line.timeStamp,
    unitQuantity: String(line.unitQuantity),
    unitPrice: formatMinor(line.unitPriceMinor),
    normalUnitPrice: '0',
    discountAmount: '0',
    discountPercent: '0',
    tax: 'true',
    tax1Rate: sale.tax1Rate,
    tax2Rate: '0',
    isLayaway: 'false',
    isWorkorder: 'false',
    isSpecialOrder: 'false',
    lineType: 'SingleLine',
    calcLineDiscount: formatMinor(line.lineDiscountMinor),
    calcTransactionDiscount: formatMinor(line.transactionDiscountMinor),
    calcTotal: formatMinor(line.totalMinor),
    calcSubtotal: formatMinor(line.subtotalMinor),
    calcTax1: formatTrimmed(line.tax1E7, 7),
    calcTax2: '0',
    taxClassID: line.taxClassID,
    customerID: sale.customerID,
    discountID: '0',
    employeeID: sale.employeeID,
    itemID: line.itemID,
    // A line's Note shares the line's id here; Lightspeed numbers notes on their own.
    noteID: line.note === null ? '0' : line.saleLineID,
    parentSaleLineID: line.parentSaleLineID,
    shopID: line.shopID,
    saleID: line.saleID,
  };
  const item = state.items.get(line.itemID);
  if (relations.has('SaleLines.Item') && item) json['Item'] = renderItem(state, item, new Set());
  if (relations.has('SaleLines.Note') && line.note !== null) {
    json['Note'] = {
      noteID: line.saleLineID,
      note: line.note,
      isPublic: 'false',
      timeStamp: line.timeStamp,
    };
  }
  return json;
}

function renderPayment(
  state: LightspeedState,
  payment: SalePaymentRecord,
  relations: Set<string>,
): LsJson {
  const json: LsJson = {
    salePaymentID: payment.salePaymentID,
    amount: formatMinor(payment.amountMinor),
    tipAmount: '0',
    createTime: payment.createTime,
    archived: bool(payment.archived),
    remoteReference: '',
    paymentID: '',
    saleID: payment.saleID,
    paymentTypeID: payment.paymentTypeID,
    ccChargeID: '0',
    refPaymentID: '0',
    registerID: '1',
    employeeID: '1',
    creditAccountID: '0',
  };
  const type = state.paymentTypes.get(payment.paymentTypeID);
  if (relations.has('SalePayments.PaymentType') && type) {
    json['PaymentType'] = {
      paymentTypeID: type.paymentTypeID,
      name: type.name,
      requireCustomer: 'false',
      archived: 'false',
      internalReserved: 'true',
      type: type.type,
      refundAsPaymentTypeID: type.paymentTypeID,
    };
  }
  return json;
}

function attributeValues(values: string[]): LsJson | string {
  return values.length === 0 ? '' : { attribute: collapse(values.map((value) => ({ value }))) };
}

/** Headers carry 2 decimals where lines carry 7: Lightspeed rounds the sum, not each line. */
function roundE7ToMinor(valueE7: number): number {
  return divideRounded(BigInt(valueE7), 100_000n);
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
