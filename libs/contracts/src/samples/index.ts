import type { Topics } from '../catalog';
import type { TopicValue } from '../topics/topic-definition';
import { exceptionSamples } from './exception.samples';
import {
  creditNoteSample,
  despatchNoteSample,
  goodsReceiptSample,
  wmsOrderEventSample,
  wmsReturnSample,
} from './fulfilment.samples';
import {
  erpPostingSample,
  posSaleSample,
  purchaseOrderSample,
  salesOrderSample,
  wmsReleaseSample,
} from './orders.samples';
import {
  availabilitySample,
  erpStockLevelSample,
  itemSample,
  stockMovementSample,
  syncAckSample,
} from './stock.samples';
import { worldModelSample } from './world.samples';

/** A sample event for every catalog topic, typed by the topic's value type. */
export type SampleEvents = { readonly [K in keyof typeof Topics]: TopicValue<(typeof Topics)[K]> };

/**
 * One realistic, internally consistent event per topic (totals add up to the penny, the
 * despatch note confirms the order event's despatch). Tests use them as fixtures; the
 * contracts' own tests prove each is valid against its schema and survives encode/decode.
 */
export const sampleEvents: SampleEvents = {
  erpItemsV1: itemSample,
  wmsStockMovementsV1: stockMovementSample,
  inventoryAvailabilityV1: availabilitySample,
  inventorySyncAcksV1: syncAckSample,
  erpStockLevelsV1: erpStockLevelSample,
  erpSalesOrdersV1: salesOrderSample,
  ordersWmsReleasesV1: wmsReleaseSample,
  posSalesV1: posSaleSample,
  ordersErpPostingsV1: erpPostingSample,
  erpPurchaseOrdersV1: purchaseOrderSample,
  wmsOrderEventsV1: wmsOrderEventSample,
  fulfilmentDespatchNotesV1: despatchNoteSample,
  wmsGoodsReceiptsV1: goodsReceiptSample,
  wmsReturnsV1: wmsReturnSample,
  returnsCreditNotesV1: creditNoteSample,
  worldModelV1: worldModelSample,
  exceptionsFinanceV1: exceptionSamples.FINANCE,
  exceptionsWarehouseV1: exceptionSamples.WAREHOUSE,
  exceptionsRetailOpsV1: exceptionSamples.RETAIL_OPS,
  exceptionsDataV1: exceptionSamples.DATA,
  exceptionsPlatformV1: exceptionSamples.PLATFORM,
};
