import type { CsvRecord } from './csv';
import { ukLocalTime } from './uk-time';
import type { Warehouse } from './warehouse';

/** An integration template GetData serves: its columns and every row it currently has. */
export interface GetTemplate {
  readonly columns: readonly string[];
  rows(warehouse: Warehouse): CsvRecord[];
}

const ORDER_FIELDS = [
  'Customer',
  'CustomerPurchaseOrderReferenceNumber',
  'Email',
  'ContactName',
  'ShippingAddressLine1',
  'ShippingAddressLine2',
  'ShippingAddressCity',
  'ShippingAddressPostcode',
  'ShippingAddressCountry',
  'RequestedDeliveryDate',
] as const;

/** Template names are matched case-insensitively, as clients configure them with varying case. */
export const GET_TEMPLATES: Readonly<Record<string, GetTemplate>> = {
  'item types': {
    columns: ['ItemCode', 'Name', 'Barcode', 'RetailPrice', 'Description'],
    rows: (w) =>
      [...w.items.values()].map((item) => ({
        ItemCode: item.itemCode,
        Name: item.name,
        Barcode: item.barcode,
        RetailPrice: item.retailPrice,
        Description: item.description,
      })),
  },
  'item inventory summary': {
    columns: ['ItemCode', 'ItemName', 'SiteReference', 'OnHand', 'Allocated', 'Available'],
    rows: (w) =>
      [...w.items.values()].flatMap((item) =>
        w.sites.map((site) => {
          const level = w.level(item.itemCode, site);
          return {
            ItemCode: item.itemCode,
            ItemName: item.name,
            SiteReference: site,
            OnHand: String(level.onHand),
            Allocated: String(level.allocated),
            Available: String(level.onHand - level.allocated),
          };
        }),
      ),
  },
  'sales orders': {
    columns: ['SalesOrderNumber', ...ORDER_FIELDS, 'SiteReference', 'Status', 'CreatedDate'],
    rows: (w) =>
      [...w.orders.values()].map((order) => ({
        ...order.fields,
        SalesOrderNumber: order.salesOrderNumber,
        SiteReference: order.siteReference,
        Status: order.status,
        CreatedDate: ukLocalTime(order.createdAt),
      })),
  },
  'sales order items': {
    columns: [
      'SalesOrderNumber',
      'Line',
      'ItemCode',
      'QuantityOrdered',
      'QuantityAllocated',
      'QuantityDespatched',
      'SalePrice',
    ],
    rows: (w) =>
      [...w.orders.values()].flatMap((order) =>
        order.lines.map((line) => ({
          SalesOrderNumber: order.salesOrderNumber,
          Line: String(line.line),
          ItemCode: line.itemCode,
          QuantityOrdered: String(line.quantityOrdered),
          QuantityAllocated: String(line.quantityAllocated),
          QuantityDespatched: String(line.quantityDespatched),
          SalePrice: line.salePrice,
        })),
      ),
  },
  'purchase orders': {
    columns: [
      'PurchaseOrderNumber',
      'Reference',
      'Supplier',
      'ExpectedDeliveryDate',
      'Status',
      'CreatedDate',
    ],
    rows: (w) =>
      [...w.purchaseOrders.values()].map((order) => ({
        ...order.fields,
        PurchaseOrderNumber: order.purchaseOrderNumber,
        Status: order.status,
        CreatedDate: ukLocalTime(order.createdAt),
      })),
  },
  'purchase order items': {
    columns: [
      'PurchaseOrderNumber',
      'Line',
      'ItemCode',
      'Quantity',
      'QuantityReceived',
      'CostPrice',
    ],
    rows: (w) =>
      [...w.purchaseOrders.values()].flatMap((order) =>
        order.lines.map((line) => ({
          PurchaseOrderNumber: order.purchaseOrderNumber,
          Line: String(line.line),
          ItemCode: line.itemCode,
          Quantity: String(line.quantity),
          QuantityReceived: String(line.quantityReceived),
          CostPrice: line.costPrice,
        })),
      ),
  },
  despatches: {
    columns: [
      'DespatchNumber',
      'SalesOrderNumber',
      'Carrier',
      'Service',
      'DespatchDate',
      'TrackingNumber',
      'SiteReference',
      'Line',
      'ItemCode',
      'Quantity',
    ],
    rows: (w) =>
      w.despatches.flatMap((despatch) =>
        despatch.items.map((item) => ({
          DespatchNumber: despatch.despatchNumber,
          SalesOrderNumber: despatch.salesOrderNumber,
          Carrier: despatch.carrier,
          Service: despatch.serviceType,
          DespatchDate: ukLocalTime(despatch.despatchedAt),
          TrackingNumber: despatch.trackingNumber,
          SiteReference: despatch.siteReference,
          Line: String(item.line),
          ItemCode: item.itemCode,
          Quantity: String(item.quantity),
        })),
      ),
  },
  'goods in': {
    columns: [
      'GoodsInId',
      'Reference',
      'ReconciledDateTime',
      'SiteReference',
      'ItemCode',
      'Quantity',
    ],
    rows: (w) =>
      w.goodsIns.flatMap((goodsIn) =>
        goodsIn.items.map((item) => ({
          GoodsInId: String(goodsIn.goodsInId),
          Reference: goodsIn.reference,
          ReconciledDateTime: ukLocalTime(goodsIn.reconciledAt),
          SiteReference: goodsIn.siteReference,
          ItemCode: item.itemCode,
          Quantity: String(item.quantity),
        })),
      ),
  },
  returns: {
    columns: [
      'ReturnCode',
      'SalesOrderNumber',
      'ReturnDate',
      'SiteReference',
      'Line',
      'ItemCode',
      'Quantity',
      'ReturnReason',
      'ReturnCondition',
    ],
    rows: (w) =>
      w.returns.flatMap((received) =>
        received.items.map((item) => ({
          ReturnCode: received.returnCode,
          SalesOrderNumber: received.salesOrderNumber,
          ReturnDate: ukLocalTime(received.returnedAt),
          SiteReference: received.siteReference,
          Line: String(item.line),
          ItemCode: item.itemCode,
          Quantity: String(item.quantity),
          ReturnReason: item.reason,
          ReturnCondition: item.condition,
        })),
      ),
  },
};
