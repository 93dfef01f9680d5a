import type {
  CustomerReturn,
  DespatchPackage,
  GoodsIn,
  ItemType,
  SalesOrder,
  StockLevel,
  WarehouseEvent,
} from './model';
import { ukLocalTime } from './uk-time';

/*
 * The data each event exposes to callback placeholders. The documented placeholders are kept
 * verbatim (vendor-apis.md §3.4); fields marked [ASSUMED] there (site, history id, lines of
 * packages and returns, on hand and allocated) follow the shapes proposed in that section.
 */

export function availabilityChanged(
  item: ItemType,
  siteReference: string,
  level: StockLevel,
  historyId: number,
  at: Date,
): WarehouseEvent {
  return {
    type: 'AvailabilityChanges',
    data: {
      ItemCode: item.itemCode,
      ItemName: item.name,
      Available: String(level.onHand - level.allocated),
      OnHand: String(level.onHand),
      Allocated: String(level.allocated),
      SiteReference: siteReference,
      HistoryId: String(historyId),
      Timestamp: ukLocalTime(at),
    },
  };
}

export function salesOrderStatusChanged(order: SalesOrder): WarehouseEvent {
  return {
    type: 'SalesOrderStatusChanges',
    data: {
      SalesOrderNumber: order.salesOrderNumber,
      'SalesOrderStatus.Name': order.status,
      LastModificationTime: ukLocalTime(order.lastModifiedAt),
      SiteReference: order.siteReference,
      'Lines.Line': order.lines.map((line) => String(line.line)),
      'Lines.ItemCode': order.lines.map((line) => line.itemCode),
      'Lines.QuantityOrdered': order.lines.map((line) => String(line.quantityOrdered)),
      'Lines.QuantityAllocated': order.lines.map((line) => String(line.quantityAllocated)),
    },
  };
}

export function goodsReceived(goodsIn: GoodsIn): WarehouseEvent {
  const items = 'Consignments.ConsignmentItemTypes';
  return {
    type: 'GoodsReceived',
    data: {
      GoodsInId: String(goodsIn.goodsInId),
      Reference: goodsIn.reference,
      ReconciledDateTime: ukLocalTime(goodsIn.reconciledAt),
      SiteReference: goodsIn.siteReference,
      [`${items}.Quantity`]: goodsIn.items.map((item) => String(item.quantity)),
      [`${items}.ItemType.ItemCode`]: goodsIn.items.map((item) => item.itemCode),
    },
  };
}

export function trackingNumberReceived(despatch: DespatchPackage, email: string): WarehouseEvent {
  return {
    type: 'TrackingNumberReceived',
    data: {
      DespatchNumber: despatch.despatchNumber,
      TrackingNumber: despatch.trackingNumber,
      'Carrier.Number': despatch.carrier,
      'ServiceType.Name': despatch.serviceType,
      'ServiceType.Code': despatch.serviceType,
      'Picks.SalesOrder.SalesOrderNumber': despatch.salesOrderNumber,
      'Picks.SalesOrder.Email': email,
      SiteReference: despatch.siteReference,
      Timestamp: ukLocalTime(despatch.despatchedAt),
    },
  };
}

export function packageDespatched(despatch: DespatchPackage): WarehouseEvent {
  return {
    type: 'DespatchPackageDespatched',
    data: {
      SalesOrderNumber: despatch.salesOrderNumber,
      DespatchNumber: despatch.despatchNumber,
      DespatchDate: ukLocalTime(despatch.despatchedAt),
      Carrier: despatch.carrier,
      ServiceType: despatch.serviceType,
      TrackingNumber: despatch.trackingNumber,
      SiteReference: despatch.siteReference,
      'Items.Line': despatch.items.map((item) => String(item.line)),
      'Items.ItemCode': despatch.items.map((item) => item.itemCode),
      'Items.Quantity': despatch.items.map((item) => String(item.quantity)),
    },
  };
}

export function returnReceived(received: CustomerReturn): WarehouseEvent {
  return {
    type: 'Returns',
    data: {
      ReturnCode: received.returnCode,
      SalesOrderNumber: received.salesOrderNumber,
      ReturnDate: ukLocalTime(received.returnedAt),
      SiteReference: received.siteReference,
      'Items.Line': received.items.map((item) => String(item.line)),
      'Items.ItemCode': received.items.map((item) => item.itemCode),
      'Items.Quantity': received.items.map((item) => String(item.quantity)),
      'Items.ReturnReason': received.items.map((item) => item.reason),
      'Items.ReturnCondition': received.items.map((item) => item.condition),
    },
  };
}
