export { createKafkaClient, type KafkaClientOptions } from './kafka-client';
export { createSchemaRegistryClient } from './schema-registry-client';
