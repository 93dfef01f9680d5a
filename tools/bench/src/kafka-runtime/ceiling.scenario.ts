import type { StockMovement, TopicDefinition } from '@parity/contracts';
import { measure } from '../measure/measure';
import type { BenchContext } from './bench-context';
import type { ScenarioResult } from './scenario-result';

/**
 * The ceiling: what kafkajs and Avro decoding alone manage on this machine. A raw consumer
 * (eachBatch, the runtime's fetch size and partition concurrency) decodes every message of
 * the backlog with the runtime's AvroSerde and does nothing else.
 */
export async function ceilingScenario(
  ctx: BenchContext,
  topic: TopicDefinition<StockMovement>,
): Promise<ScenarioResult> {
  const consumer = ctx.kafka.consumer({
    groupId: ctx.resources.group('ceiling'),
    maxBytesPerPartition: 1_048_576,
  });
  const measurement = await measure('ceiling', ctx.options.events, async (meter) => {
    const stop = ctx.running.add(() => consumer.disconnect());
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic.name], fromBeginning: true });
      await consumer.run({
        partitionsConsumedConcurrently: ctx.options.partitionsConcurrently,
        eachBatch: async ({ batch }) => {
          meter.begin();
          await Promise.all(batch.messages.map((m) => ctx.serde.decode(topic, m.value)));
          meter.add(batch.messages.length);
        },
      });
      await meter.done;
    } finally {
      await stop();
    }
  });
  return {
    scenario: 'ceiling',
    label: 'ceiling: kafkajs eachBatch + Avro decode',
    ...measurement,
    notes: [`partitionsConsumedConcurrently ${ctx.options.partitionsConcurrently}`],
  };
}
