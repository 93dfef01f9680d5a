import { exceptionOf, type ExceptionFacts, type IntegrationException } from '@parity/contracts';
import type { ConsumedMessage } from './consumed-message';
import { exceptionIdOf } from './dead-letters';

/**
 * A business rejection: the message was read and understood, and says something Parity must
 * not apply (a depot it does not map, stock from a system that does not own it). It becomes
 * the owned exception about the business entity, not a dead letter about the message.
 */
export type Rejection = Pick<
  ExceptionFacts,
  'type' | 'entity' | 'qualifier' | 'summary' | 'source' | 'details'
> & {
  /** Stable and dotted, e.g. `INVENTORY.DEPOT_UNMAPPED`; kept as `details.errorCode`. */
  readonly code: string;
};

/**
 * The exception a handler's rejection raises. Its id is derived from the consumer group and
 * the record, as a dead letter's is, so a lane redone after a rollback raises the same event.
 */
export function rejectionException(
  message: ConsumedMessage<unknown>,
  rejection: Rejection,
  group: string,
  producedBy: string,
): IntegrationException {
  const { code, ...facts } = rejection;
  return exceptionOf({
    ...facts,
    eventId: exceptionIdOf(group, message),
    producedBy,
    occurredAt: Date.now(),
    sourceRecord: {
      topic: message.topic,
      partition: message.partition,
      offset: Number(message.offset),
    },
    details: { ...facts.details, errorCode: code, consumerGroup: group },
  });
}
