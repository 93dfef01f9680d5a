export * from './generated';
export type { AvroRecordSchema } from './avro-record-schema';
export { Topics, allTopics, exceptionTopicFor, findTopic, type TopicName } from './catalog';
export {
  type CleanupPolicy,
  type ServiceName,
  type TopicDefinition,
  type TopicKey,
  type TopicValue,
  type ValueSchema,
} from './topics/topic-definition';
export { DLQ_SUFFIX, dlqTopicOf, type DeadLetterTopic } from './topics/dead-letter-topics';
export { allTopicsToCreate, type TopicToCreate } from './topics/topics-to-create';
export { exceptionOwners, ownerOf, type ExceptionOwner } from './exceptions/exception-owners';
export {
  clearanceOf,
  exceptionOf,
  InvalidExceptionError,
  type ExceptionFacts,
} from './exceptions/exception-of';
export { fingerprintOf } from './exceptions/fingerprint';
export { sampleEvents, type SampleEvents } from './samples';
