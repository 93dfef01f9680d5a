import { Partitioners } from 'kafkajs';
import { measure } from '../measure/measure';
import { percentiles } from '../measure/percentiles';
import { ThroughputMeter } from '../measure/throughput-meter';
import { fmt } from '../output';
import type { BenchContext } from './bench-context';
import { producePaced } from './produce-movements';
import { startRuntime } from './runtime-consumer';
import type { ScenarioResult } from './scenario-result';

// Long enough for the consumer's first fetch to be under way before the first event is sent.
const SETTLE_MS = 2_000;

/**
 * End-to-end latency of the runtime on a live stream rather than a backlog: a fresh topic
 * fed at a fixed rate while the runtime consumes it. Each event's latency is the time its
 * lane transaction committed minus the Kafka timestamp the producer gave it.
 */
export async function pacedScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { options, serde } = ctx;
  const topic = await ctx.resources.createTopic('paced', options.partitions);
  await serde.register(topic);
  const table = await ctx.database.stockTable('paced');
  const producer = ctx.kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const stopProducer = ctx.running.add(() => producer.disconnect());
  await producer.connect();
  const events = options.pacedRate * options.pacedSeconds;
  const produced = new ThroughputMeter(events);
  let latenciesMs: readonly number[] = [];
  try {
    const measurement = await measure('paced', events, async (meter) => {
      const runtime = await startRuntime(ctx, topic, {
        scenario: 'paced',
        table,
        meter,
        recordLatency: true,
      });
      const stopRuntime = ctx.running.add(() => runtime.stop());
      try {
        await new Promise((settle) => setTimeout(settle, SETTLE_MS));
        await producePaced(
          producer,
          serde,
          topic,
          {
            runId: ctx.runId,
            skus: options.skus,
            rate: options.pacedRate,
            seconds: options.pacedSeconds,
          },
          produced,
        );
        await meter.done;
        latenciesMs = runtime.clock.latenciesMs;
      } finally {
        await stopRuntime();
      }
    });
    return {
      scenario: 'paced',
      label: `Parity runtime, paced ${fmt.int(options.pacedRate)}/s`,
      ...measurement,
      latencyMs: percentiles(latenciesMs),
      notes: [
        `produced at ${fmt.int(produced.rate)} events/s for ${fmt.fixed(produced.seconds)} s; latency = lane commit − Kafka timestamp, ${fmt.int(latenciesMs.length)} samples`,
      ],
    };
  } finally {
    await stopProducer();
  }
}
