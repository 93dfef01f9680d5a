import type { ErpPosting, PosSale, PurchaseOrder, SalesOrder, WmsRelease } from '../generated';
import { sampleHeader } from './sample-header';

/** Two tees and gift wrap: the wrap is a non-stock line and never reaches the WMS. */
export const salesOrderSample: SalesOrder = {
  header: sampleHeader(
    'PRIMA',
    'edge/prima-order-poll',
    'prima:so:SO-100234:approved',
    10,
    'inbound/1a77e0',
  ),
  orderNo: 'SO-100234',
  status: 'APPROVED',
  depot: 'LON1',
  customerAccount: 'WEB-CASH',
  externalRef: 'WEB-553120',
  orderedAt: Date.UTC(2026, 10, 20, 8, 47),
  currency: 'GBP',
  pricesIncludeTax: true,
  lines: [
    {
      lineNo: 1,
      sku: 'TEE-NVY-M',
      description: 'Organic cotton tee, navy, M',
      isStockItem: true,
      quantity: 2,
      quantityScale: 0,
      unitPriceMinor: 2500,
      discountMinor: 0,
      taxCode: 'S20',
      taxMinor: 833,
      lineTotalMinor: 5000,
    },
    {
      lineNo: 2,
      sku: 'GIFTWRAP',
      description: 'Gift wrap',
      isStockItem: false,
      quantity: 1,
      quantityScale: 0,
      unitPriceMinor: 300,
      discountMinor: 0,
      taxCode: 'S20',
      taxMinor: 50,
      lineTotalMinor: 300,
    },
  ],
  deliveryAddress: {
    name: 'Ada Lovelace',
    lines: ['12 St James Square'],
    city: 'London',
    region: null,
    postcode: 'SW1Y 4JH',
    countryCode: 'GB',
  },
  taxMinor: 883,
  totalMinor: 5300,
};

export const wmsReleaseSample: WmsRelease = {
  header: sampleHeader('PARITY', 'orders/wms-release', 'orders:release:SO-100234:1', 11),
  orderNo: 'SO-100234',
  status: 'SENT',
  wms: 'PEOPLEVOX',
  depot: 'LON1',
  wmsOrderRef: 'PVX-558812',
  lines: [{ lineNo: 1, sku: 'TEE-NVY-M', quantity: 2, quantityScale: 0 }],
  problemSkus: [],
  reason: null,
};

export const purchaseOrderSample: PurchaseOrder = {
  header: sampleHeader('PRIMA', 'edge/prima-po-poll', 'prima:po:PO-7781:approved', 20),
  poNo: 'PO-7781',
  status: 'APPROVED',
  supplierRef: 'SUP-ACME',
  depot: 'BHX1',
  expectedAt: Date.UTC(2026, 10, 27),
  currency: 'GBP',
  lines: [{ lineNo: 1, sku: 'TEE-NVY-M', quantity: 120, quantityScale: 0, unitCostMinor: 640 }],
};

/**
 * An exchange at the Manchester till: one medium tee back (from sale 88123), one large out
 * at 10% off, and the £2.50 difference refunded to the card. Every amount adds up to the penny.
 */
export const posSaleSample: PosSale = {
  header: sampleHeader(
    'LIGHTSPEED',
    'edge/lightspeed-sale-poll',
    'lightspeed:sale:90412:completed',
    30,
    'inbound/5b0d19',
  ),
  store: 'MAN1',
  saleId: '90412',
  receiptNo: 'MAN1-0042-90412',
  kind: 'EXCHANGE',
  depot: 'MAN1',
  currency: 'GBP',
  pricesIncludeTax: true,
  lines: [
    {
      lineNo: 1,
      sku: 'TEE-NVY-M',
      isStockItem: true,
      quantity: -1,
      quantityScale: 0,
      unitPriceMinor: 2500,
      discounts: [],
      taxCode: 'S20',
      taxRateBasisPoints: 2000,
      taxMinor: -417,
      lineTotalMinor: -2500,
      originalLineNo: 1,
      description: null,
    },
    {
      lineNo: 2,
      sku: 'TEE-NVY-L',
      isStockItem: true,
      quantity: 1,
      quantityScale: 0,
      unitPriceMinor: 2500,
      discounts: [{ code: 'AUTUMN10', description: 'Autumn 10% off', amountMinor: 250 }],
      taxCode: 'S20',
      taxRateBasisPoints: 2000,
      taxMinor: 375,
      lineTotalMinor: 2250,
      originalLineNo: null,
      description: null,
    },
  ],
  payments: [{ method: 'CARD', amountMinor: -250, reference: 'auth 031942' }],
  taxMinor: -42,
  totalMinor: -250,
  originalSale: { store: 'MAN1', saleId: '88123' },
  customerRef: null,
  totalsProblem: null,
};

export const erpPostingSample: ErpPosting = {
  header: sampleHeader('PRIMA', 'orders/pos-posting', 'orders:posting:MAN1:90412', 31),
  store: 'MAN1',
  saleId: '90412',
  status: 'CREATED',
  externalRef: 'LIGHTSPEED:MAN1:90412',
  primaSoNo: 'SO-100301',
  currency: 'GBP',
  totalMinor: -250,
  reason: null,
};
