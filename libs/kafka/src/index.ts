export { AvroSerde } from './avro-serde';
export type { ConsumedMessage, RawMessage } from './consumed-message';
export {
  DLQ_HEADER,
  REPLAY_HEADER,
  DeadLetterWriter,
  type DeadLetter,
  type ExceptionRaiser,
} from './dead-letters';
export {
  classifyFailure,
  failureCode,
  PermanentError,
  TransientError,
  type FailureKind,
} from './errors';
export { EventConsumer, type EventConsumerOptions } from './event-consumer';
export { CatalogExceptionRaiser, EXCEPTION_ID_HEADER } from './exception-raiser';
export { ensureTopics } from './ensure-topics';
export type { Rejection } from './rejection';
export { EventPublisher } from './event-publisher';
export { followTopic, type TopicFollower } from './follow-topic';
export { createKafkaClient, type KafkaClientOptions } from './kafka-client';
export { kafkaMetrics } from './kafka-metrics';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export { OutboxWriter, type OutboxRecord } from './outbox';
export {
  replayDeadLetters,
  type DeadLetterRecord,
  type ReplayOptions,
  type ReplayResult,
  type ReplaySelection,
} from './replay';
export { kafkaRuntimeTables } from './runtime-tables';
export { createSchemaRegistryClient } from './schema-registry-client';
export type { HandlerContext, Subscription } from './subscription';
export { dlqTopicName, type SchemaBearer, type TopicDefinition } from './topic';
export { KafkaHandler } from './nest/kafka-handler.decorator';
export { KafkaRuntimeModule } from './nest/kafka-runtime.module';
export { KafkaRuntime, type KafkaRuntimeOptions } from './nest/kafka-runtime.service';
export { KAFKA_CLIENT, SCHEMA_REGISTRY } from './nest/tokens';
