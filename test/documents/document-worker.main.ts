/**
 * A document worker in a process of its own, so a test can SIGKILL it mid-write: the runtime
 * with the test's Prima order types, in the schema and against the sandbox the test names.
 * Logs `documents.started` once its workers run.
 */
import { AvroSerde, createSchemaRegistryClient, EventPublisher, OutboxWriter } from '@parity/kafka';
import { DocumentRuntime } from '@parity/documents';
import { DataSource } from 'typeorm';
import { primaForDocuments, primaOrderTypes } from './prima-order-documents';

async function main(): Promise<void> {
  const { DATABASE_URL, SCHEMA_REGISTRY_URL, DOCUMENTS_SCHEMA, SANDBOX_URL, LEASE_MS } =
    process.env;
  if (!DATABASE_URL || !SCHEMA_REGISTRY_URL || !DOCUMENTS_SCHEMA || !SANDBOX_URL) {
    throw new Error(
      'DATABASE_URL, SCHEMA_REGISTRY_URL, DOCUMENTS_SCHEMA and SANDBOX_URL are required',
    );
  }
  const db = await new DataSource({ type: 'postgres', url: DATABASE_URL }).initialize();
  const serde = new AvroSerde(createSchemaRegistryClient(SCHEMA_REGISTRY_URL, 'documents-worker'));
  const publisher = new EventPublisher(serde, new OutboxWriter(DOCUMENTS_SCHEMA));
  const types = primaOrderTypes(primaForDocuments(SANDBOX_URL, { timeoutMs: 120_000 }), {
    stuckAfterMs: 600_000,
    leaseMs: Number(LEASE_MS ?? 2_000),
  });
  new DocumentRuntime(db, publisher, types, { schema: DOCUMENTS_SCHEMA, pollMs: 50 }).start();
}

void main();
