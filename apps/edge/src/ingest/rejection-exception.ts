import { exceptionOf, type IntegrationException, type SourceSystem } from '@parity/contracts';
import type { RejectionException } from './canonical-event';
import type { InboundDelivery } from './inbound-delivery';

export interface Rejection {
  readonly code: string;
  readonly message: string;
  readonly exception: RejectionException;
}

/**
 * The integration exception for a payload edge archived but would not turn into events (or,
 * with `archived` false, for a vendor refusing a poller's credentials). Its id
 * is derived from the archive id, so the same rejected delivery never raises two exceptions;
 * the fingerprint (the entity, then the rejection's code) names the problem, so the ledger
 * folds repeats for one entity together. Team and severity are the type's owner's.
 */
export function rejectionException(
  delivery: InboundDelivery,
  archiveId: string,
  rejection: Rejection,
  archived = true,
): IntegrationException {
  const { type, entityType, entityId } = rejection.exception;
  const kept = archived
    ? ` The payload is kept in edge's inbound archive as ${archiveId}; once the cause is fixed the vendor can re-send it or it can be replayed from there.`
    : '';
  return exceptionOf({
    type,
    entity: { type: entityType, id: entityId },
    qualifier: [rejection.code],
    summary: `${delivery.vendor} ${delivery.channel}: ${rejection.message}${kept}`,
    eventId: `edge:rejection:${archiveId}`,
    source: sourceOf(delivery.vendor),
    producedBy: `edge/${delivery.channel}`,
    occurredAt: delivery.receivedAt.getTime(),
    archiveRef: archived ? archiveId : null,
    rawPayloadRef: archived ? `edge.inbound_archive/${archiveId}` : null,
    details: { errorCode: rejection.code, channel: delivery.channel },
  });
}

export function sourceOf(vendor: InboundDelivery['vendor']): SourceSystem {
  return vendor.toUpperCase() as SourceSystem;
}
