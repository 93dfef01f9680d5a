import { SchemaType } from '@kafkajs/confluent-schema-registry';
import { createKafkaClient, createSchemaRegistryClient } from '@parity/kafka';
import type { Admin, Consumer, Kafka, Producer } from 'kafkajs';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';

const PARTITIONS = 12;
const KEYS = 250;
const RECORDS_PER_KEY = 40; // 250 × 40 = 10,000 records

const stockMovementSchema = {
  type: 'record',
  name: 'SmokeStockMovement',
  namespace: 'parity.smoke',
  fields: [
    { name: 'sku', type: 'string' },
    { name: 'sequence', type: 'long' },
    { name: 'quantityDelta', type: 'int' },
  ],
};

interface SmokeStockMovement {
  sku: string;
  sequence: number;
  quantityDelta: number;
}

describe('Kafka and the schema registry, through kafkajs', () => {
  const topic = unique('smoke.stock-movements');
  const registry = createSchemaRegistryClient(stackEnv('SCHEMA_REGISTRY_URL'), 'smoke');
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    kafka = createKafkaClient({ brokers: stackEnv('KAFKA_BROKERS').split(','), clientId: 'smoke' });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, numPartitions: PARTITIONS }],
      waitForLeaders: true,
    });
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    await admin?.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin?.disconnect();
  });

  it('registers an Avro schema, then carries 10,000 keyed records in per-key order through a consumer group', async () => {
    const { id: schemaId } = await registry.register(
      { type: SchemaType.AVRO, schema: JSON.stringify(stockMovementSchema) },
      { subject: `${topic}-value` },
    );

    // Interleave keys so that each partition's log mixes many SKUs.
    const records: { key: string; value: SmokeStockMovement }[] = [];
    for (let sequence = 1; sequence <= RECORDS_PER_KEY; sequence++) {
      for (let k = 0; k < KEYS; k++) {
        records.push({
          key: `SKU-${k}`,
          value: { sku: `SKU-${k}`, sequence, quantityDelta: (k % 7) - 3 },
        });
      }
    }
    for (let start = 0; start < records.length; start += 1_000) {
      const chunk = records.slice(start, start + 1_000);
      const messages = await Promise.all(
        chunk.map(async ({ key, value }) => ({
          key,
          value: await registry.encode(schemaId, value),
        })),
      );
      await producer.send({ topic, acks: -1, messages });
    }

    const seen = new Map<string, number[]>();
    let received = 0;
    consumer = kafka.consumer({ groupId: unique('smoke-group') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const allReceived = new Promise<void>((resolve) => {
      void consumer.run({
        partitionsConsumedConcurrently: 4,
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          for (const message of batch.messages) {
            const movement = (await registry.decode(message.value as Buffer)) as SmokeStockMovement;
            expect(message.key?.toString()).toBe(movement.sku);
            seen.set(movement.sku, [...(seen.get(movement.sku) ?? []), movement.sequence]);
            received++;
            resolveOffset(message.offset);
          }
          await heartbeat();
          if (received >= records.length) resolve();
        },
      });
    });
    await allReceived;

    expect(received).toBe(KEYS * RECORDS_PER_KEY);
    expect(seen.size).toBe(KEYS);
    const inOrder = Array.from({ length: RECORDS_PER_KEY }, (_, i) => i + 1);
    for (const [sku, sequences] of seen) {
      expect({ sku, sequences }).toEqual({ sku, sequences: inOrder });
    }
  });
});
