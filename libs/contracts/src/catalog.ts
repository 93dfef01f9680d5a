import {
  AvailabilitySchema,
  CreditNoteSchema,
  DespatchNoteSchema,
  ErpPostingSchema,
  ErpStockLevelSchema,
  GoodsReceiptSchema,
  IntegrationExceptionSchema,
  ItemSchema,
  PosSaleSchema,
  PurchaseOrderSchema,
  SalesOrderSchema,
  StockMovementSchema,
  SyncAckSchema,
  type IntegrationException,
  type Team,
  WmsOrderEventSchema,
  WmsReleaseSchema,
  WmsReturnSchema,
  WorldModelSchema,
} from './generated';
import { keys } from './topics/keys';
import { teamSlug } from './topics/team-slug';
import { type TopicDefinition, defineTopic } from './topics/topic-definition';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Compacted state topics keep the latest record of every key for ever. */
const FOREVER = null;
/** A month of events: enough to replay or rebuild a consumer after an outage across a month end. */
const EVENT_RETENTION_MS = 30 * DAY_MS;
/** Acks serve only the sync-lag measurement, which looks back days; they are the most numerous records. */
const ACK_RETENTION_MS = 7 * DAY_MS;

/*
 * Partition counts. Topics with the same key have the same count, so a key lands on the same
 * partition number in each of them and a consumer can join them partition by partition
 * (checked by catalog.spec.ts). Counts can grow later but never shrink, and growing moves keys
 * between partitions, so they are set for peak trading rather than today's volume.
 */
/** Stock and till traffic, the busiest: up to 12 consumers, and 12 divides among 1, 2, 3, 4 or 6 pods. */
const BUSY = 12;
/** Orders: one to a few events per order step; 6 still spreads slow Prima and WMS calls over pods. */
const ORDERS = 6;
/** Purchase orders, receipts and exceptions: tens to hundreds a day. */
const QUIET = 3;
/** A topic with one key: more partitions would stay empty. */
const SINGLE = 1;

/**
 * The topic catalog: every topic Parity produces, with its key, partitions, retention, owner
 * and value schema. The one place a topic is named; local topic creation, k8s manifests and
 * docs/topics.md are generated from it.
 */
export const Topics = {
  erpItemsV1: defineTopic({
    name: 'erp.items.v1',
    description: "Prima's item master, the latest state of each SKU.",
    key: keys.sku,
    partitions: BUSY,
    cleanupPolicy: 'compact',
    retentionMs: FOREVER,
    owner: 'edge',
    producers: ['edge'],
    schema: ItemSchema,
  }),
  wmsStockMovementsV1: defineTopic({
    name: 'wms.stock-movements.v1',
    description:
      'Receipts, allocations, picks, despatches, adjustments, returns and snapshots of stock per SKU and depot, in source order.',
    key: keys.sku,
    partitions: BUSY,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'edge',
    producers: ['edge', 'fulfilment'],
    schema: StockMovementSchema,
  }),
  inventoryAvailabilityV1: defineTopic({
    name: 'inventory.availability.v1',
    description:
      'On hand, allocated, quarantined, pending and available-to-sell per SKU and depot.',
    key: keys.depotSku,
    partitions: BUSY,
    cleanupPolicy: 'compact',
    retentionMs: FOREVER,
    owner: 'inventory',
    producers: ['inventory'],
    schema: AvailabilitySchema,
  }),
  inventorySyncAcksV1: defineTopic({
    name: 'inventory.sync-acks.v1',
    description:
      'What Prima and each till store acknowledged of the availability pushed to them, and when.',
    key: keys.depotSku,
    partitions: BUSY,
    cleanupPolicy: 'delete',
    retentionMs: ACK_RETENTION_MS,
    owner: 'inventory',
    producers: ['inventory'],
    schema: SyncAckSchema,
  }),
  erpStockLevelsV1: defineTopic({
    name: 'erp.stock-levels.v1',
    description:
      "Prima's on hand, allocated and available-to-sell per SKU in the store depots it owns, from its stock change feed; inventory pushes them to the tills.",
    key: keys.depotSku,
    partitions: BUSY,
    cleanupPolicy: 'compact',
    retentionMs: FOREVER,
    owner: 'edge',
    producers: ['edge'],
    schema: ErpStockLevelSchema,
  }),
  erpSalesOrdersV1: defineTopic({
    name: 'erp.sales-orders.v1',
    description: 'Prima sales orders once approved, or cancelled after approval.',
    key: keys.orderNo,
    partitions: ORDERS,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'edge',
    producers: ['edge'],
    schema: SalesOrderSchema,
  }),
  ordersWmsReleasesV1: defineTopic({
    name: 'orders.wms-releases.v1',
    description:
      "Each order's release to its WMS: SENT, HELD for stock, or REJECTED for an unknown SKU.",
    key: keys.orderNo,
    partitions: ORDERS,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'orders',
    producers: ['orders'],
    schema: WmsReleaseSchema,
  }),
  posSalesV1: defineTopic({
    name: 'pos.sales.v1',
    description: 'Till sales, returns and exchanges with their lines, discounts, tax and payments.',
    key: keys.storeSale,
    partitions: BUSY,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'edge',
    producers: ['edge'],
    schema: PosSaleSchema,
  }),
  ordersErpPostingsV1: defineTopic({
    name: 'orders.erp-postings.v1',
    description: 'The Prima sales order each till transaction became, or why Prima refused it.',
    key: keys.storeSale,
    partitions: BUSY,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'orders',
    producers: ['orders'],
    schema: ErpPostingSchema,
  }),
  erpPurchaseOrdersV1: defineTopic({
    name: 'erp.purchase-orders.v1',
    description: 'Prima purchase orders once approved, or cancelled after approval.',
    key: keys.poNo,
    partitions: QUIET,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'edge',
    producers: ['edge'],
    schema: PurchaseOrderSchema,
  }),
  wmsOrderEventsV1: defineTopic({
    name: 'wms.order-events.v1',
    description:
      'Allocation, pick, pack, despatch and cancellation of released orders, with lines and tracking.',
    key: keys.orderNo,
    partitions: ORDERS,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'edge',
    producers: ['edge'],
    schema: WmsOrderEventSchema,
  }),
  fulfilmentDespatchNotesV1: defineTopic({
    name: 'fulfilment.despatch-notes.v1',
    description: 'Despatch notes Prima confirmed, one per WMS despatch.',
    key: keys.orderNo,
    partitions: ORDERS,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'fulfilment',
    producers: ['fulfilment'],
    schema: DespatchNoteSchema,
  }),
  wmsGoodsReceiptsV1: defineTopic({
    name: 'wms.goods-receipts.v1',
    description: 'Goods received by a WMS against purchase orders.',
    key: keys.poNo,
    partitions: QUIET,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'edge',
    producers: ['edge'],
    schema: GoodsReceiptSchema,
  }),
  wmsReturnsV1: defineTopic({
    name: 'wms.returns.v1',
    description: 'Customer returns received by a WMS, with the condition of each line.',
    key: keys.orderNo,
    partitions: ORDERS,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'edge',
    producers: ['edge'],
    schema: WmsReturnSchema,
  }),
  returnsCreditNotesV1: defineTopic({
    name: 'returns.credit-notes.v1',
    description:
      'Credit notes and return authorisations Prima confirmed, each linked to its original order.',
    key: keys.orderNo,
    partitions: ORDERS,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'returns',
    producers: ['returns'],
    schema: CreditNoteSchema,
  }),
  worldModelV1: defineTopic({
    name: 'world.model.v1',
    description:
      "The retailer's world (stores, depots, vendor locations, stock owners, pushes, order-flow mappings), whole, one record per version.",
    key: keys.world,
    partitions: SINGLE,
    cleanupPolicy: 'compact',
    retentionMs: FOREVER,
    owner: 'reconciliation',
    producers: ['reconciliation'],
    schema: WorldModelSchema,
  }),
  exceptionsFinanceV1: exceptionTopic('FINANCE', 'exceptions.finance.v1'),
  exceptionsWarehouseV1: exceptionTopic('WAREHOUSE', 'exceptions.warehouse.v1'),
  exceptionsRetailOpsV1: exceptionTopic('RETAIL_OPS', 'exceptions.retail-ops.v1'),
  exceptionsDataV1: exceptionTopic('DATA', 'exceptions.data.v1'),
  exceptionsPlatformV1: exceptionTopic('PLATFORM', 'exceptions.platform.v1'),
} as const;

/** The name of any topic in the catalog. */
export type TopicName = (typeof Topics)[keyof typeof Topics]['name'];

/** Every topic in the catalog, in the order above. */
export const allTopics: readonly TopicDefinition[] = Object.freeze(Object.values(Topics));

const exceptionTopics: Readonly<Record<Team, TopicDefinition<IntegrationException>>> = {
  FINANCE: Topics.exceptionsFinanceV1,
  WAREHOUSE: Topics.exceptionsWarehouseV1,
  RETAIL_OPS: Topics.exceptionsRetailOpsV1,
  DATA: Topics.exceptionsDataV1,
  PLATFORM: Topics.exceptionsPlatformV1,
};

/** The topic a team's exceptions go to: `exceptionTopicFor('RETAIL_OPS')` is exceptions.retail-ops.v1. */
export function exceptionTopicFor(team: Team): TopicDefinition<IntegrationException> {
  return exceptionTopics[team];
}

/** The catalog row of a topic name, or undefined for a name the catalog does not have. */
export function findTopic(name: string): TopicDefinition | undefined {
  return allTopics.find((topic) => topic.name === name);
}

/**
 * One team's exceptions topic. Any service may raise an exception; reconciliation owns the
 * topics because it keeps the exception ledger. Exceptions are rare but burst when something
 * upstream breaks, so a few partitions suffice; the ledger holds them beyond the retention.
 */
function exceptionTopic<const Name extends string>(team: Team, name: Name) {
  return defineTopic({
    name,
    description: `Integration exceptions for the ${teamSlug(team)} team to act on.`,
    key: keys.entityId,
    partitions: QUIET,
    cleanupPolicy: 'delete',
    retentionMs: EVENT_RETENTION_MS,
    owner: 'reconciliation',
    producers: ['edge', 'inventory', 'orders', 'fulfilment', 'returns', 'reconciliation'],
    schema: IntegrationExceptionSchema,
  });
}
