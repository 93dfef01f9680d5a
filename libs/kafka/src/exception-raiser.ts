import {
  exceptionOf,
  exceptionTopicFor,
  type ExceptionFacts,
  type IntegrationException,
} from '@parity/contracts';
import { createLogger, errorFields } from '@parity/telemetry';
import type { AvroSerde } from './avro-serde';
import type { DeadLetter, ExceptionRaiser } from './dead-letters';
import { failureCode } from './errors';
import type { OutboxRecord } from './outbox';
import { dlqTopicName } from './topic';
import { traceHeaders } from './trace-context';

/** Lets a reader find an exception without decoding it; equals the event's header.eventId. */
export const EXCEPTION_ID_HEADER = 'parity-exception-id';

/**
 * Raises the POISON_MESSAGE exception of a dead letter on its owner's topic. The exception id
 * doubles as the event id, so raising the same dead letter again is recognised as a repeat;
 * the entity is the record itself (`<topic>/<partition>/<offset>`), so the ledger keeps one
 * entry per dead letter.
 *
 * It never throws: the exception is written in the transaction that moves the partition past
 * the dead letter, so a failure here would stop the partition for good. Should the exception
 * not build or encode, a POISON_MESSAGE made only of the record's coordinates is raised
 * instead, and the failure is logged.
 */
export class CatalogExceptionRaiser implements ExceptionRaiser {
  private readonly log = createLogger(CatalogExceptionRaiser.name);

  constructor(
    private readonly serde: AvroSerde,
    private readonly producedBy: string,
  ) {}

  exceptionFor(deadLetter: DeadLetter): OutboxRecord {
    try {
      return this.record(exceptionOf(poisonFacts(deadLetter, this.producedBy)), deadLetter);
    } catch (error) {
      this.log.error('kafka.exception.unencodable', {
        exceptionId: deadLetter.exceptionId,
        topic: deadLetter.message.topic,
        partition: deadLetter.message.partition,
        offset: deadLetter.message.offset,
        ...errorFields(error),
      });
      return this.record(exceptionOf(bareFacts(deadLetter, this.producedBy)), deadLetter);
    }
  }

  private record(exception: IntegrationException, { exceptionId }: DeadLetter): OutboxRecord {
    const topic = exceptionTopicFor(exception.team);
    return {
      topic: topic.name,
      key: topic.key.of(exception),
      value: this.serde.encode(topic, exception),
      headers: { ...traceHeaders(), [EXCEPTION_ID_HEADER]: exceptionId },
    };
  }
}

function poisonFacts(deadLetter: DeadLetter, producedBy: string): ExceptionFacts {
  const { message, error, group } = deadLetter;
  const key = message.key?.toString('utf8') ?? '';
  const reason = error instanceof Error ? error.message : String(error);
  const bare = bareFacts(deadLetter, producedBy);
  return {
    ...bare,
    summary: `A ${message.topic} record for ${key || 'an unkeyed message'} was set aside (consumer group ${group}): ${reason}. It is kept in ${dlqTopicName(message.topic)} and can be replayed once the cause is fixed.`,
    sourceRecord: {
      topic: message.topic,
      partition: message.partition,
      offset: Number(message.offset),
    },
    details: { ...bare.details, errorCode: failureCode(error), key },
  };
}

/** Only strings the runtime made itself, from the record's coordinates: always encodes. */
function bareFacts(
  { message, group, exceptionId }: DeadLetter,
  producedBy: string,
): ExceptionFacts {
  const coordinates = `${message.topic}/${message.partition}/${message.offset}`;
  return {
    type: 'POISON_MESSAGE',
    entity: { type: 'MESSAGE', id: coordinates },
    summary: `A ${message.topic} record (${coordinates}) was set aside by consumer group ${group}; it is kept in ${dlqTopicName(message.topic)} and can be replayed once the cause is fixed.`,
    eventId: exceptionId,
    source: 'PARITY',
    producedBy,
    occurredAt: Date.now(),
    rawPayloadRef: `${dlqTopicName(message.topic)}/source/${message.partition}/${message.offset}`,
    details: { consumerGroup: group },
  };
}
