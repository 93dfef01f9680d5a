import { Agent } from 'node:http';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';

/**
 * A client for the Confluent-compatible registry API (Apicurio's /apis/ccompat/v7 locally).
 * `url` is the full API base, including any path prefix.
 *
 * Keep-alive is off: Node keeps sockets alive by default, the registry closes idle ones on
 * its own schedule, and a request that picks a socket the server just closed fails with
 * "socket hang up", which the client does not retry. Registry calls are rare (schemas are
 * cached by id), so a fresh connection each time costs nothing that matters.
 */
export function createSchemaRegistryClient(url: string, clientId: string): SchemaRegistry {
  return new SchemaRegistry({ host: url, clientId, agent: new Agent({ keepAlive: false }) });
}
