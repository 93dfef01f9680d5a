import {
  AvroSerde,
  createSchemaRegistryClient,
  type ConsumedMessage,
  type HandlerContext,
  type TopicDefinition,
} from '@parity/kafka';
import { RuntimeHarness, testTopic } from '../support/runtime-harness';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';
import { effectsTable, movementKey, movementSchemaV1, type Movement } from './movement';

// v2 adds an optional field, a BACKWARD-compatible change.
const movementSchemaV2 = {
  ...movementSchemaV1,
  fields: [
    ...movementSchemaV1.fields,
    { name: 'reasonCode', type: ['null', 'string'], default: null },
  ],
};

describe('a consumer on schema v1', () => {
  const harness = new RuntimeHarness();
  let topic: TopicDefinition<Movement>;

  beforeAll(async () => {
    await harness.setUp(effectsTable);
    topic = await harness.topic({
      base: 'rt.evolve',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 1,
    });
  });

  afterAll(() => harness.tearDown());

  it('reads events written with v2, which added an optional field', async () => {
    type MovementV2 = Movement & { reasonCode: string | null };
    const v2Topic = testTopic<MovementV2>(topic.name, {
      key: movementKey,
      partitions: 1,
      schema: movementSchemaV2,
    });
    const v2Serde = new AvroSerde(
      createSchemaRegistryClient(stackEnv('SCHEMA_REGISTRY_URL'), 'v2-producer'),
    );
    const v2Id = await v2Serde.register(v2Topic);
    const v1Id = await harness.serde.register(topic);
    expect(v2Id).not.toBe(v1Id);

    const written = v2Serde.encode(v2Topic, {
      sku: 'SKU-EVOLVED',
      sequence: 1,
      quantityDelta: 5,
      reasonCode: 'CYCLE_COUNT',
    });
    await harness.produceRaw(topic.name, 'SKU-EVOLVED', written);

    const seen: unknown[] = [];
    const consumer = await harness.startConsumer({
      groupId: unique('rt-evolve'),
      subscriptions: [
        {
          topic,
          handle: async (message: ConsumedMessage<Movement>, ctx: HandlerContext) => {
            seen.push(message.value);
            await ctx.tx.query(
              `INSERT INTO "${harness.schema}".effects (sku, sequence) VALUES ($1, $2)`,
              [message.value.sku, message.value.sequence],
            );
          },
        } as never,
      ],
    });
    await harness.waitFor(`SELECT 1 FROM "${harness.schema}".effects`, (rows) => rows.length === 1);
    await consumer.stop();

    expect(seen).toEqual([{ sku: 'SKU-EVOLVED', sequence: 1, quantityDelta: 5 }]);
  });
});
