import type { TopicKey } from './topic-definition';

/**
 * The record keys of Parity's topics. A key decides the partition, and so the order: events
 * with one key are consumed in the order they were produced. Each key needs only the fields it
 * reads, so one key serves every topic whose events carry them.
 */
export const keys = {
  /** Stock by SKU: all of a SKU's movements on one partition, in source order. */
  sku: {
    description: 'sku',
    of: (value: { readonly sku: string }) => value.sku,
  },
  /**
   * Availability is a state per SKU and depot; compaction keeps the latest record per key, so
   * the key must name both or one depot's figure would replace another's. Depot codes are
   * Parity's own and contain no colon, so the first colon splits the key.
   */
  depotSku: {
    description: 'depot:sku',
    of: (value: { readonly depot: string; readonly sku: string }) => `${value.depot}:${value.sku}`,
  },
  /** Orders by Prima's order number: an order's steps stay in order. */
  orderNo: {
    description: 'orderNo',
    of: (value: { readonly orderNo: string }) => value.orderNo,
  },
  /** Purchase orders and their receipts by Prima's PO number. */
  poNo: {
    description: 'poNo',
    of: (value: { readonly poNo: string }) => value.poNo,
  },
  /** Till transactions by store and the POS's id: a sale id is unique only within its store. */
  storeSale: {
    description: 'store:saleId',
    of: (value: { readonly store: string; readonly saleId: string }) =>
      `${value.store}:${value.saleId}`,
  },
  /** Exceptions by the id of the entity they concern, so an entity's exceptions stay in order. */
  entityId: {
    description: 'entityId',
    of: (value: { readonly entityId: string }) => value.entityId,
  },
  /**
   * The world model is one document, whole in every version: one key, so compaction keeps only
   * the current version and a reader at boot reads one record.
   */
  world: {
    description: 'world',
    of: (_value: object) => 'world',
  },
} as const satisfies Record<string, TopicKey<never>>;
