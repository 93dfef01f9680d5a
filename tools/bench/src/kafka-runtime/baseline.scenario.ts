import type { StockMovement, TopicDefinition } from '@parity/contracts';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { Partitioners } from 'kafkajs';
import { fmt } from '../output';
import { measure } from '../measure/measure';
import type { BenchContext } from './bench-context';
import { baselineModule } from './baseline.module';
import type { ScenarioResult } from './scenario-result';
import { onHandDelta } from './stock-movements';
import { upsertOneSql } from './stock-table';

/**
 * The naive baseline: `@nestjs/microservices`' stock Kafka transport (ServerKafka, kafkajs
 * eachMessage, its default settings) and one TypeORM transaction per message upserting the
 * SKU's row. It runs on a prefix of the backlog, as all of it would take too long.
 */
export async function baselineScenario(
  ctx: BenchContext,
  topic: TopicDefinition<StockMovement>,
): Promise<ScenarioResult> {
  const { options, serde } = ctx;
  const events = Math.min(options.baselineEvents, options.events);
  const table = await ctx.database.stockTable('baseline');
  // pg's default pool size (10); with eachMessage only one connection is ever busy.
  const db = await ctx.database.connect(10);
  const stopPool = ctx.running.add(() => db.destroy());
  const upsert = upsertOneSql(table);
  try {
    const measurement = await measure('baseline', events, async (meter) => {
      const onMovement = async (value: Buffer) => {
        meter.begin();
        const movement = await serde.decode(topic, value);
        await db.transaction((tx) =>
          tx.query(upsert, [movement.sku, onHandDelta(movement), movement.sourceSequence]),
        );
        meter.add(1);
      };
      const app = await NestFactory.createMicroservice<MicroserviceOptions>(
        baselineModule(topic.name, onMovement),
        {
          transport: Transport.KAFKA,
          options: {
            client: { clientId: `bench-${ctx.runId}-baseline`, brokers: [...ctx.env.brokers] },
            consumer: { groupId: ctx.resources.group('baseline') },
            // No "-server" suffix: the group id is exactly the one the clean-up deletes.
            postfixId: '',
            subscribe: { fromBeginning: true },
            // Hand the handler the Confluent-framed bytes; it decodes the Avro itself.
            parser: { keepBinary: true },
            producer: { createPartitioner: Partitioners.DefaultPartitioner },
          },
          logger: ['error', 'warn'],
        },
      );
      const stopApp = ctx.running.add(() => app.close());
      await app.listen();
      try {
        await meter.done;
      } finally {
        await stopApp();
      }
    });
    return {
      scenario: 'baseline',
      label: 'naive: Nest ServerKafka, 1 tx per event',
      ...measurement,
      notes: [
        `a prefix of ${fmt.int(events)} of the ${fmt.int(options.events)} events; all of them would take ~${fmt.int(options.events / measurement.rate / 60)} min at this rate`,
        'stock ServerKafka settings: eachMessage, partitionsConsumedConcurrently 1, autoCommit',
      ],
    };
  } finally {
    await stopPool();
  }
}
