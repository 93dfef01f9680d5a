import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';

/**
 * A client for the Confluent-compatible registry API (Apicurio's /apis/ccompat/v7 locally).
 * `url` is the full API base, including any path prefix.
 */
export function createSchemaRegistryClient(url: string, clientId: string): SchemaRegistry {
  return new SchemaRegistry({ host: url, clientId });
}
