import {
  exceptionTopicFor,
  type IntegrationException,
  type TopicDefinition,
} from '@parity/contracts';
import type { AvroSerde } from './avro-serde';
import type { DeadLetter, ExceptionRaiser } from './dead-letters';
import { failureCode, PermanentError } from './errors';
import type { OutboxRecord } from './outbox';
import { dlqTopicName } from './topic';
import { traceHeaders } from './trace-context';

/** Lets a reader find an exception without decoding it; equals the event's header.eventId. */
export const EXCEPTION_ID_HEADER = 'parity-exception-id';

/**
 * Raises the integration exception of a dead letter on the topic of the team that owns the
 * source topic's problems. The exception id doubles as the event id, so raising the same
 * dead letter again is recognised as a repeat; the fingerprint names the problem so the
 * ledger folds repeats for one key together.
 */
export class CatalogExceptionRaiser implements ExceptionRaiser {
  constructor(
    private readonly serde: AvroSerde,
    private readonly teamOf: (sourceTopic: string) => TopicDefinition['exceptionTeam'],
    private readonly producedBy: string,
  ) {}

  exceptionFor({ message, error, group, exceptionId }: DeadLetter): OutboxRecord {
    const team = this.teamOf(message.topic);
    const type = error instanceof PermanentError ? error.exceptionType : 'POISON_MESSAGE';
    const key = message.key?.toString('utf8') ?? '';
    const reason = error instanceof Error ? error.message : String(error);
    const exception: IntegrationException = {
      header: {
        eventId: exceptionId,
        source: 'PARITY',
        producedBy: this.producedBy,
        occurredAt: Date.now(),
        sourceTimeZone: 'UTC',
        archiveRef: null,
      },
      type: type as IntegrationException['type'],
      team,
      severity: 'ERROR',
      entityType: 'MESSAGE',
      entityId: key,
      summary: `A ${message.topic} record for ${key || 'an unkeyed message'} was set aside (consumer group ${group}): ${reason}. It is kept in ${dlqTopicName(message.topic)} and can be replayed once the cause is fixed.`,
      fingerprint: `${type}:MESSAGE:${message.topic}/${message.partition}/${message.offset}`,
      sourceTopic: message.topic,
      sourcePartition: message.partition,
      sourceOffset: Number(message.offset),
      rawPayloadRef: `${dlqTopicName(message.topic)}/source/${message.partition}/${message.offset}`,
      details: { errorCode: failureCode(error), consumerGroup: group },
    };
    const topic = exceptionTopicFor(team);
    return {
      topic: topic.name,
      key: topic.key.of(exception),
      value: this.serde.encode(topic, exception),
      headers: { ...traceHeaders(), [EXCEPTION_ID_HEADER]: exceptionId },
    };
  }
}
