import { formatHundredths } from './prima-money';
import type {
  CreditNoteRecord,
  ItemRecord,
  PurchaseOrderRecord,
  SalesOrderRecord,
  StockPushResult,
  StockRecord,
} from './prima-records';
import { creditNoteTotalMinor } from './prima-returns';
import { orderGrossMinor } from './prima-sales-orders';
import { attr, type El } from './prima-soap';
import type { PrimaState } from './prima-state';

/*
 * The simulator's records as Prima's `<Data>` shows them: attributes, SKUs as Product and
 * MtrxCode1..4, amounts as two-place decimals, statuses in Prima's words ("Part Despatched").
 * Names beyond the captured samples are [ASSUMED] (libs/connectors/src/prima/README.md).
 */

/** `TEE-NVY-M` → Product TEE, MtrxCode1 NVY, MtrxCode2 M: the simulator keeps Parity's SKU. */
export function skuParts(itemCode: string): Record<string, string> {
  const [product = '', one = '', two = '', three = '', four = ''] = itemCode.split('-');
  return { Product: product, MtrxCode1: one, MtrxCode2: two, MtrxCode3: three, MtrxCode4: four };
}

export function skuCode(element: El): string {
  const parts = [1, 2, 3, 4].map((n) => attr(element, `MtrxCode${n}`) ?? '');
  while (parts.length > 0 && parts.at(-1) === '') parts.pop();
  return [attr(element, 'Product') ?? '', ...parts].join('-');
}

/** AWAITING_AUTHORISATION → "Awaiting Authorisation". */
export const words = (code: string) =>
  code
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ');

export const codeOf = (text: string | undefined) =>
  (text ?? '').trim().toUpperCase().replace(/\s+/g, '_');

const money = formatHundredths;

export function presentStockRow(state: PrimaState, row: StockRecord): object {
  return {
    ...skuParts(row.itemCode),
    Depot: row.depotCode,
    AvailableQuantity: state.availableToSell(row),
    AvailableDate: '',
    OnHand: row.onHand,
    Allocated: row.allocated + row.heldByWarehouse,
    OnOrder: row.onOrder,
    Modified: row.modifiedAt,
  };
}

export function presentItem(item: ItemRecord): object {
  return {
    ...skuParts(item.itemCode),
    Description: item.description,
    ProductStatus: item.productStatus,
    ParentProduct: item.parentItemCode ?? '',
    VatCode: item.vatCode,
    UnitOfMeasure: item.unitOfMeasure,
    SellPriceNet: item.sellPrice.net,
    SellPriceGross: item.sellPrice.gross,
    Currency: item.sellPrice.currency,
    Colour: item.attributes.colour ?? '',
    Size: item.attributes.size ?? '',
    Modified: item.modifiedAt,
    Barcode: item.barcodes.map((barcode) => ({ Code: barcode.barcode, Type: barcode.type })),
  };
}

interface Address {
  readonly name: string;
  readonly lines: readonly string[];
  readonly city: string;
  readonly region: string | null;
  readonly postcode: string | null;
  readonly countryCode: string;
}

export function presentSalesOrderXml(order: SalesOrderRecord): object {
  const netMinor = order.lines.reduce((sum, line) => sum + line.netMinor, 0);
  const grossMinor = orderGrossMinor(order.lines);
  const address = order.deliveryAddress as Address | null;
  return {
    OrderNumber: order.orderNumber,
    TPGUID: order.customerReference ?? '',
    OrderStatus: words(order.status),
    OrderChannel: order.orderSource,
    CustomerCode: order.customerAccountCode,
    Depot: order.depotCode,
    OrderDate: order.orderDate,
    Currency: order.currency,
    AuthorisationRequired: order.authorisation.required ? 'Yes' : 'No',
    AuthorisedBy: order.authorisation.authorisedBy ?? '',
    AuthorisedAt: order.authorisation.authorisedAt ?? '',
    CreditCheck: words(order.authorisation.creditCheck),
    NetTotal: money(netMinor),
    VatTotal: money(grossMinor - netMinor),
    GrossTotal: money(grossMinor),
    Modified: order.modifiedAt,
    ...(address && {
      OrderDeliveryData: {
        Name: address.name,
        ...Object.fromEntries(address.lines.map((line, i) => [`Address${i + 1}`, line])),
        City: address.city,
        Region: address.region ?? '',
        Postcode: address.postcode ?? '',
        Country: address.countryCode,
      },
    }),
    OrderLineData: order.lines.map((line) => ({
      LineNumber: line.lineNumber,
      ...skuParts(line.itemCode),
      Description: line.description,
      ProductStatus: line.productStatus,
      Quantity: line.quantityOrdered,
      QuantityAllocated: line.quantityAllocated,
      QuantityDespatched: line.quantityDespatched,
      QuantityInvoiced: line.quantityInvoiced,
      QuantityReturned: line.quantityReturned,
      Price: money(line.unitNetMinor),
      DiscountPercent: money(line.discountBasisPoints),
      VatCode: line.vatCode,
      VatRate: money(line.vatRateBasisPoints),
      NetTotal: money(line.netMinor),
      VatTotal: money(line.vatMinor),
      GrossTotal: money(line.netMinor + line.vatMinor),
      LineStatus: words(line.lineStatus),
    })),
  };
}

export function presentPurchaseOrderXml(po: PurchaseOrderRecord): object {
  return {
    PONumber: po.poNumber,
    SupplierCode: po.supplierAccountCode,
    Depot: po.depotCode,
    Status: words(po.status),
    OrderDate: po.orderDate,
    ExpectedDeliveryDate: po.expectedDeliveryDate ?? '',
    Currency: po.currency,
    PurchasedAt: po.purchasedAt ?? '',
    Modified: po.modifiedAt,
    POLineData: po.lines.map((line) => ({
      LineNumber: line.lineNumber,
      ...skuParts(line.itemCode),
      Quantity: line.quantityOrdered,
      QuantityReceived: line.quantityReceived,
      UnitCost: line.unitCost,
    })),
  };
}

export function presentCreditNoteXml(note: CreditNoteRecord): object {
  return {
    CreditNoteNumber: note.creditNoteNumber,
    RANumber: note.raNumber,
    Currency: note.currency,
    Total: money(creditNoteTotalMinor(note)),
    CreditLineData: note.lines.map((line) => ({
      ...skuParts(line.itemCode),
      Quantity: line.quantity,
      Net: money(line.netMinor),
      Vat: money(line.vatMinor),
    })),
  };
}

export function presentPushResult(result: StockPushResult): object {
  return {
    Depot: result.depotCode,
    ...skuParts(result.itemCode),
    Outcome: result.outcome,
    StoredVersion: result.storedVersion ?? '',
    Reason: result.reason ?? '',
  };
}
