import { PayloadRejected, type RejectionException } from './canonical-event';
import type { InboundDelivery } from './inbound-delivery';

/** The delivery's body as JSON, or a rejection saying it is not JSON at all. */
export function jsonBodyOf(delivery: InboundDelivery, rejectAs: RejectionException): unknown {
  try {
    return JSON.parse(delivery.body.toString('utf8')) as unknown;
  } catch {
    throw new PayloadRejected(
      `${delivery.vendor.toUpperCase()}.BODY_NOT_JSON`,
      `The ${delivery.channel} body is not valid JSON (${delivery.body.length} bytes, content type ${delivery.contentType}).`,
      rejectAs,
    );
  }
}
