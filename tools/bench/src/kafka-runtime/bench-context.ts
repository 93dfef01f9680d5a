import { AvroSerde, createKafkaClient, createSchemaRegistryClient } from '@parity/kafka';
import type { Admin, Kafka } from 'kafkajs';
import { BenchDatabase } from './bench-database';
import type { BenchEnv } from './bench-env';
import { BenchKafka } from './bench-kafka';
import type { KafkaRuntimeOptions } from './kafka-runtime-options';
import { StopList } from './stop-list';

/** What every scenario of one run shares: clients, the run's topics and its schema. */
export interface BenchContext {
  readonly runId: string;
  readonly env: BenchEnv;
  readonly options: KafkaRuntimeOptions;
  readonly kafka: Kafka;
  readonly serde: AvroSerde;
  readonly resources: BenchKafka;
  readonly database: BenchDatabase;
  /** Register whatever a scenario starts here, and stop it through what `add` returns. */
  readonly running: StopList;
}

export async function openBenchContext(
  runId: string,
  env: BenchEnv,
  options: KafkaRuntimeOptions,
): Promise<BenchContext & { close(): Promise<void> }> {
  const kafka = createKafkaClient({ brokers: env.brokers, clientId: `bench-${runId}` });
  const admin: Admin = kafka.admin();
  await admin.connect();
  const database = new BenchDatabase(runId, {
    owner: env.databaseOwnerUrl,
    app: env.databaseUrl,
  });
  const resources = new BenchKafka(admin, env.registryUrl, runId);
  const running = new StopList();
  return {
    runId,
    env,
    options,
    kafka,
    serde: new AvroSerde(createSchemaRegistryClient(env.registryUrl, `bench-${runId}`)),
    resources,
    database,
    running,
    // Cleans up even after a failed or interrupted scenario: whatever still runs is stopped
    // first, then each step is tried whatever the one before did.
    async close() {
      const failures = await running.stopAll();
      await resources.deleteAll().catch((error: unknown) => failures.push(error));
      await database.drop().catch((error: unknown) => failures.push(error));
      await admin.disconnect().catch((error: unknown) => failures.push(error));
      if (failures.length > 0) throw new AggregateError(failures, 'bench clean-up incomplete');
    },
  };
}
