import {
  exceptionTopicFor,
  type EntityType,
  type ExceptionType,
  type IntegrationException,
  type TopicDefinition,
  type Topics,
} from '@parity/contracts';

type CatalogTopic = (typeof Topics)[keyof typeof Topics];

/** One canonical event edge will publish: a catalog topic and a value of its schema. */
export type CanonicalEvent = {
  [K in keyof typeof Topics]: (typeof Topics)[K] extends TopicDefinition<infer V>
    ? { readonly topic: (typeof Topics)[K]; readonly value: V }
    : never;
}[keyof typeof Topics];

/** Builds a CanonicalEvent with the value type checked against the topic's schema. */
export function canonical<V>(topic: TopicDefinition<V> & CatalogTopic, value: V): CanonicalEvent {
  return { topic, value } as CanonicalEvent;
}

/**
 * An exception edge raises about a payload it accepted (a till sale whose figures disagree),
 * on its owning team's topic, published with the payload's other events.
 */
export function canonicalException(exception: IntegrationException): CanonicalEvent {
  return { topic: exceptionTopicFor(exception.team), value: exception } as CanonicalEvent;
}

/** The problem behind a rejected payload, raised as an integration exception to the type's owner. */
export interface RejectionException {
  readonly type: ExceptionType;
  readonly entityType: EntityType;
  /** The SKU, order number, store:sale … the payload was about; the vendor event id if unknown. */
  readonly entityId: string;
}

/**
 * A vendor payload edge will not turn into events: malformed, breaking its API's own shape, or
 * naming something Parity cannot map (an unknown shop). The message says what is wrong in
 * words the owning team can act on; edge answers 4xx (webhooks) or skips the record (polls),
 * keeps it archived and raises the exception.
 */
export class PayloadRejected extends Error {
  constructor(
    /** Stable and dotted: `CLARUS.FIELD_MISSING`, `LIGHTSPEED.SHOP_UNMAPPED`. */
    readonly code: string,
    message: string,
    readonly exception: RejectionException,
  ) {
    super(message);
    this.name = 'PayloadRejected';
  }
}

/** Parity's mappings from vendor locations to its own depot and store codes (the world model). */
export interface LocationMap {
  /** The depot for a WMS site or warehouse / a till warehouse, e.g. ('peoplevox', 'PrimarySite'). */
  depotFor(vendor: string, location: string): string | undefined;
  /** The store code for a till shop or Sitoo warehouse, e.g. ('lightspeed', '1'). */
  storeFor(vendor: string, shop: string): string | undefined;
}

/** The world model's generic Prima non-stock items, for a till's miscellaneous lines. */
export interface NonStockItemMap {
  /** Prima's item for a till's non-stock item id, e.g. ('lightspeed', '0'): a miscellaneous line. */
  primaItemFor(vendor: string, itemId: string): string | undefined;
}

/** What a normaliser knows about the delivery besides its payload. */
export interface NormaliseContext {
  /** Id of the raw payload in edge's inbound archive; goes into every event's header.archiveRef. */
  readonly archiveRef: string;
  readonly receivedAt: Date;
  readonly locations: LocationMap;
  readonly nonStockItems: NonStockItemMap;
}
