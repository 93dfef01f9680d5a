import { formatScaled, parseScaled } from '@parity/domain';
import { paritySkuOf, primaSkuOf } from './prima-sku';
import { attribute, child, repeated, type XmlAttributes, type XmlElement } from './prima-xml';
import type {
  NewPrimaSalesOrder,
  PrimaAmounts,
  PrimaCreditNote,
  PrimaDespatchNote,
  PrimaItem,
  PrimaProductStatus,
  PrimaPurchaseOrder,
  PrimaPurchaseOrderStatus,
  PrimaReceiptNote,
  PrimaReturnAuthorisation,
  PrimaSalesOrder,
  PrimaSalesOrderLine,
  PrimaSalesOrderStatus,
  PrimaStockLevel,
  PrimaStockLevelResult,
  PrimaStockLevelRow,
} from './prima.types';

/*
 * Prima's `<Data>` attributes ↔ the connector's types. Everything in an attribute is text:
 * quantities as integers, money and percentages as decimals with two places ("12.50"), read
 * exactly into hundredths (pence, basis points); more places would need a rounding rule Prima
 * never stated, so they are refused. Statuses are Prima's words ("Part Despatched"). A value
 * that cannot be read throws a RangeError, which the client reports as a bad response. The
 * attribute names beyond the captured samples are [ASSUMED] (README).
 */

const HUNDREDTHS = 2;

function text(element: XmlElement, name: string): string {
  const value = attribute(element, name);
  if (value === undefined) throw new RangeError(`no ${name} attribute`);
  return value;
}

const optional = (element: XmlElement, name: string): string | null =>
  attribute(element, name) || null;

function integer(element: XmlElement, name: string): number {
  const value = text(element, name);
  if (!/^-?\d+$/.test(value)) throw new RangeError(`${name} is not an integer: "${value}"`);
  return Number(value);
}

function minor(element: XmlElement, name: string): number {
  const value = parseScaled(text(element, name), HUNDREDTHS);
  if (value === undefined) {
    throw new RangeError(
      `${name} is not a decimal with at most 2 places: "${text(element, name)}"`,
    );
  }
  return value;
}

const decimal = (hundredths: number) => formatScaled(hundredths, HUNDREDTHS);

/** "Part Despatched" → PART_DESPATCHED. */
const statusCode = (words: string) => words.trim().toUpperCase().replace(/\s+/g, '_');
/** PART_DESPATCHED → "Part Despatched". */
export const statusWords = (code: string) =>
  code
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ');

const yes = (element: XmlElement, name: string) => text(element, name) === 'Yes';

/** Product + MtrxCode1..4 of a Parity SKU, as attributes. */
export function skuAttributes(sku: string): XmlAttributes {
  const { product, matrixCodes } = primaSkuOf(sku);
  const [one, two, three, four] = matrixCodes;
  return { Product: product, MtrxCode1: one, MtrxCode2: two, MtrxCode3: three, MtrxCode4: four };
}

export function skuOf(element: XmlElement): string {
  const code = (n: number) => attribute(element, `MtrxCode${n}`) ?? '';
  return paritySkuOf({
    product: text(element, 'Product'),
    matrixCodes: [code(1), code(2), code(3), code(4)],
  });
}

/** What every captured availability row says: the SKU, its quantity, and when more is due. */
export interface PrimaAvailability {
  readonly itemCode: string;
  readonly quantityAvailableToSell: number;
  /** Prima's dd/mm/yyyy, or null when nothing is due. */
  readonly availableDate: string | null;
}

export function availabilityFromXml(row: XmlElement): PrimaAvailability {
  return {
    itemCode: skuOf(row),
    quantityAvailableToSell: integer(row, 'AvailableQuantity'),
    availableDate: optional(row, 'AvailableDate'),
  };
}

/** An availability row with the depot's figures Parity also needs ([ASSUMED] attributes). */
export function stockFromXml(row: XmlElement): PrimaStockLevel {
  const { itemCode, quantityAvailableToSell } = availabilityFromXml(row);
  return {
    itemCode,
    depotCode: text(row, 'Depot'),
    quantityOnHand: integer(row, 'OnHand'),
    quantityAllocated: integer(row, 'Allocated'),
    quantityOnOrder: integer(row, 'OnOrder'),
    quantityAvailableToSell,
    modifiedAt: text(row, 'Modified'),
  };
}

export function itemFromXml(row: XmlElement): PrimaItem {
  const colour = optional(row, 'Colour');
  const size = optional(row, 'Size');
  const parent = optional(row, 'ParentProduct');
  return {
    itemCode: skuOf(row),
    description: text(row, 'Description'),
    productStatus: text(row, 'ProductStatus') as PrimaProductStatus,
    parentItemCode: parent && paritySkuOf({ product: parent, matrixCodes: ['', '', '', ''] }),
    attributes: { ...(colour && { colour }), ...(size && { size }) },
    barcodes: repeated(row, 'Barcode').map((barcode) => ({
      barcode: text(barcode, 'Code'),
      type: text(barcode, 'Type') as PrimaItem['barcodes'][number]['type'],
    })),
    vatCode: text(row, 'VatCode'),
    unitOfMeasure: text(row, 'UnitOfMeasure'),
    sellPrice: {
      netMinor: minor(row, 'SellPriceNet'),
      grossMinor: minor(row, 'SellPriceGross'),
      currency: text(row, 'Currency'),
    },
    modifiedAt: text(row, 'Modified'),
  };
}

const amounts = (element: XmlElement): PrimaAmounts => ({
  netMinor: minor(element, 'NetTotal'),
  vatMinor: minor(element, 'VatTotal'),
  grossMinor: minor(element, 'GrossTotal'),
});

export function salesOrderFromXml(data: XmlElement): PrimaSalesOrder {
  const delivery = child(data, 'OrderDeliveryData');
  return {
    orderNumber: text(data, 'OrderNumber'),
    orderSource: text(data, 'OrderChannel'),
    customerAccountCode: text(data, 'CustomerCode'),
    customerReference: optional(data, 'TPGUID'),
    depotCode: text(data, 'Depot'),
    orderDate: text(data, 'OrderDate'),
    status: statusCode(text(data, 'OrderStatus')) as PrimaSalesOrderStatus,
    authorisation: {
      required: yes(data, 'AuthorisationRequired'),
      authorisedBy: optional(data, 'AuthorisedBy'),
      authorisedAt: optional(data, 'AuthorisedAt'),
      creditCheck: statusCode(text(data, 'CreditCheck')) as 'PASSED' | 'FAILED',
    },
    currency: text(data, 'Currency'),
    deliveryAddress: delivery
      ? {
          name: text(delivery, 'Name'),
          lines: [1, 2, 3, 4].flatMap((n) => optional(delivery, `Address${n}`) ?? []),
          city: text(delivery, 'City'),
          region: optional(delivery, 'Region'),
          postcode: optional(delivery, 'Postcode'),
          countryCode: text(delivery, 'Country'),
        }
      : null,
    totals: amounts(data),
    lines: repeated(data, 'OrderLineData').map((line): PrimaSalesOrderLine => ({
      lineNumber: integer(line, 'LineNumber'),
      itemCode: skuOf(line),
      description: text(line, 'Description'),
      productStatus: text(line, 'ProductStatus') as PrimaProductStatus,
      quantityOrdered: integer(line, 'Quantity'),
      quantityAllocated: integer(line, 'QuantityAllocated'),
      quantityDespatched: integer(line, 'QuantityDespatched'),
      quantityInvoiced: integer(line, 'QuantityInvoiced'),
      quantityReturned: integer(line, 'QuantityReturned'),
      unitNetPriceMinor: minor(line, 'Price'),
      discountBasisPoints: minor(line, 'DiscountPercent'),
      vatCode: text(line, 'VatCode'),
      vatRateBasisPoints: minor(line, 'VatRate'),
      totals: amounts(line),
      lineStatus: statusCode(text(line, 'LineStatus')) as PrimaSalesOrderLine['lineStatus'],
    })),
    modifiedAt: text(data, 'Modified'),
  };
}

/**
 * A new order as MultiNewOrder's `<Data>`: the header, the delivery address, lines by Product
 * and matrix codes at VAT-exclusive prices, charges and payments. Parity's reference is both
 * Prima's OrderNumber (which Prima refuses twice, E:21) and its TPGUID.
 */
export function newOrderToXml(order: NewPrimaSalesOrder): object {
  const address = order.deliveryAddress;
  return {
    OrderNumber: order.customerReference,
    TPGUID: order.customerReference,
    OrderChannel: order.orderSource,
    VatInclusive: 'No',
    OrderHeaderData: {
      CustomerCode: order.customerAccountCode,
      Depot: order.depotCode,
      Currency: order.currency,
      OrderDate: order.orderDate,
    },
    ...(address && {
      OrderDeliveryData: {
        Name: address.name,
        ...Object.fromEntries(
          address.lines.slice(0, 4).map((line, i) => [`Address${i + 1}`, line]),
        ),
        City: address.city,
        Region: address.region ?? undefined,
        Postcode: address.postcode ?? undefined,
        Country: address.countryCode,
      },
    }),
    OrderLineData: order.lines.map((line) => ({
      ...skuAttributes(line.itemCode),
      Description: line.description,
      Quantity: line.quantityOrdered,
      Price: decimal(line.unitNetPriceMinor),
      DiscountPercent: decimal(line.discountBasisPoints ?? 0),
      VatCode: line.vatCode,
    })),
    OrderChargeData: (order.charges ?? []).map((charge) => ({
      ChargeCode: charge.chargeCode,
      Value: decimal(charge.amountMinor),
    })),
    OrderPaymentData: (order.payments ?? []).map((payment) => ({
      PayMethod: payment.payMethod,
      SubPayMethod: payment.subPayMethod,
      TransactionID: payment.transactionId,
      Value: decimal(payment.amountMinor),
    })),
  };
}

export function despatchToXml(note: PrimaDespatchNote): object {
  return {
    DespatchNumber: note.despatchNoteNumber,
    OrderNumber: note.salesOrderNumber,
    Depot: note.depotCode,
    DespatchedAt: note.despatchedAt,
    Carrier: note.carrier ?? undefined,
    Service: note.service ?? undefined,
    TrackingData: note.trackingNumbers.map((number) => ({ TrackingNumber: number })),
    DespatchLineData: note.lines.map((line) => ({
      LineNumber: line.salesOrderLineNumber,
      ...skuAttributes(line.itemCode),
      Quantity: line.quantity,
    })),
  };
}

export function receiptToXml(poNumber: string, note: PrimaReceiptNote): object {
  return {
    ReceiptNumber: note.receiptNoteNumber,
    PONumber: poNumber,
    Depot: note.depotCode,
    ReceivedAt: note.receivedAt,
    ReceiptLineData: note.lines.map((line) => ({
      LineNumber: line.poLineNumber,
      ...skuAttributes(line.itemCode),
      QuantityReceived: line.quantityReceived,
      QuantityRejected: line.quantityRejected,
      Reason: line.reason ?? undefined,
    })),
  };
}

export function returnToXml(ra: PrimaReturnAuthorisation): object {
  return {
    RANumber: ra.raNumber,
    OrderNumber: ra.originalSalesOrderNumber,
    CustomerCode: ra.customerAccountCode,
    ReturnLineData: ra.lines.map((line) => ({
      ...skuAttributes(line.itemCode),
      Quantity: line.quantity,
      ReasonCode: line.reasonCode,
      Condition: line.condition,
    })),
  };
}

export function creditNoteFromXml(note: XmlElement): PrimaCreditNote {
  return {
    creditNoteNumber: text(note, 'CreditNoteNumber'),
    raNumber: text(note, 'RANumber'),
    currency: text(note, 'Currency'),
    lines: repeated(note, 'CreditLineData').map((line) => ({
      itemCode: skuOf(line),
      quantity: integer(line, 'Quantity'),
      netMinor: minor(line, 'Net'),
      vatMinor: minor(line, 'Vat'),
    })),
    totalMinor: minor(note, 'Total'),
  };
}

export function purchaseOrderFromXml(po: XmlElement): PrimaPurchaseOrder {
  return {
    poNumber: text(po, 'PONumber'),
    supplierAccountCode: text(po, 'SupplierCode'),
    depotCode: text(po, 'Depot'),
    status: statusCode(text(po, 'Status')) as PrimaPurchaseOrderStatus,
    orderDate: text(po, 'OrderDate'),
    expectedDeliveryDate: optional(po, 'ExpectedDeliveryDate'),
    currency: text(po, 'Currency'),
    lines: repeated(po, 'POLineData').map((line) => ({
      lineNumber: integer(line, 'LineNumber'),
      itemCode: skuOf(line),
      quantityOrdered: integer(line, 'Quantity'),
      quantityReceived: integer(line, 'QuantityReceived'),
      unitCostMinor: minor(line, 'UnitCost'),
    })),
    purchasedAt: optional(po, 'PurchasedAt'),
    modifiedAt: text(po, 'Modified'),
  };
}

export function stockLevelToXml(row: PrimaStockLevelRow): object {
  return {
    Depot: row.depotCode,
    ...skuAttributes(row.itemCode),
    OnHand: row.quantityOnHand,
    Allocated: row.quantityAllocated,
    SourceVersion: row.sourceVersion,
  };
}

export function stockLevelResultFromXml(row: XmlElement): PrimaStockLevelResult {
  const stored = optional(row, 'StoredVersion');
  return {
    depotCode: text(row, 'Depot'),
    itemCode: skuOf(row),
    outcome: text(row, 'Outcome') as PrimaStockLevelResult['outcome'],
    storedVersion: stored === null ? null : integer(row, 'StoredVersion'),
    reason: optional(row, 'Reason'),
  };
}
