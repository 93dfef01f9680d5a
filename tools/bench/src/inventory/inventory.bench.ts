import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { Topics, type StockMovement, type TopicDefinition } from '@parity/contracts';
import type { ServiceProcess } from '@parity/launcher';
import { Partitioners, type Admin, type Producer } from 'kafkajs';
import { measure } from '../measure/measure';
import { fmt, say } from '../output';
import { openBenchContext, type BenchContext } from '../kafka-runtime/bench-context';
import { loadBenchEnv } from '../kafka-runtime/bench-env';
import { ceilingScenario } from '../kafka-runtime/ceiling.scenario';
import { parseKafkaRuntimeOptions } from '../kafka-runtime/kafka-runtime-options';
import { BenchInventoryService } from './bench-inventory-service';
import { parseInventoryOptions, type InventoryBenchOptions } from './inventory-options';
import { printInventoryReport } from './inventory-report';
import type { InventoryResult } from './inventory-result';
import { latencyScenario } from './latency.scenario';
import { primaAckScenario } from './prima-ack.scenario';
import { produceWorkload } from './produce-workload';
import { sustainedScenario } from './sustained.scenario';
import { benchWorld, type Workload } from './warehouse-day';

// The runtime's own default, which the service runs with: the ceiling gets the same.
const SERVICE_PARTITIONS_CONCURRENTLY = 4;

/**
 * `inventory`: the built inventory service drains a pre-produced backlog of stock movements
 * into availability events (sustained movements/s), then takes a steady stream at a fixed
 * rate (movement → availability latency). The ceiling, kafkajs consuming and decoding the
 * same backlog and nothing else, is measured in the same run for comparison. The backlog
 * goes to the real wms.stock-movements.v1 under SKUs of the run's own: the service reads
 * only catalog topics. The ceiling's copy, groups and subjects are removed at the end.
 */
export async function inventoryBench(args: readonly string[]): Promise<number> {
  const options = parseInventoryOptions(args);
  const runId = randomUUID().slice(0, 8);
  const env = loadBenchEnv();
  const ctx = await openBenchContext(runId, env, {
    ...parseKafkaRuntimeOptions([]),
    events: options.movements,
    skus: options.skus,
    partitionsConcurrently: SERVICE_PARTITIONS_CONCURRENTLY,
  });
  const admin = ctx.kafka.admin();
  await admin.connect();
  const service = new BenchInventoryService(env, benchWorld(options.depots));
  const producer = ctx.kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  let running: ServiceProcess | undefined;
  try {
    await producer.connect();
    await service.prepare();
    printSetUp(runId, options);
    const results: InventoryResult[] = [];
    const wants = (name: InventoryBenchOptions['scenarios'][number]) =>
      options.scenarios.includes(name);
    const work: Workload = { skuPrefix: `B${runId}-`, skus: options.skus, depots: options.depots };
    if (wants('ceiling')) results.push(await ceiling(ctx, producer, work));
    if (wants('sustained')) {
      await ctx.serde.register(Topics.wmsStockMovementsV1);
      await produce(ctx, producer, Topics.wmsStockMovementsV1, work, options.movements);
      say('\nsustained: starting the built inventory service on the backlog');
      const sustained = await sustainedScenario({
        service,
        work,
        movements: options.movements,
        availabilityEnd: () => endOf(admin, Topics.inventoryAvailabilityV1.name),
      });
      running = sustained.service;
      results.push(...sustained.results);
    }
    if (wants('latency')) {
      running ??= await startReady(service);
      await ctx.serde.register(Topics.wmsStockMovementsV1);
      say(`\nlatency: ${fmt.int(options.rate)} movements/s for ${options.seconds} s`);
      results.push(
        await latencyScenario({
          kafka: ctx.kafka,
          serde: ctx.serde,
          producer,
          service,
          readerGroup: ctx.resources.group('latency'),
          work: { ...work, skuPrefix: `L${runId}-`, rate: options.rate, seconds: options.seconds },
        }),
      );
    }
    const exitCode = await running?.stop();
    running = undefined;
    if (exitCode !== undefined && exitCode !== 0) say(`the service exited with ${exitCode}`);
    if (wants('prima-ack')) {
      await ctx.serde.register(Topics.wmsStockMovementsV1);
      say(
        `\nprima-ack: ${fmt.int(options.rate)} movements/s for ${options.seconds} s, pushed to the sandbox's Prima`,
      );
      results.push(
        await primaAckScenario({
          env,
          kafka: ctx.kafka,
          serde: ctx.serde,
          producer,
          readerGroup: ctx.resources.group('prima-ack'),
          work: { ...work, skuPrefix: `P${runId}-`, rate: options.rate, seconds: options.seconds },
        }),
      );
    }
    printInventoryReport(results);
    return results.some((r) => r.notes.some((note) => note.startsWith('MISMATCH'))) ? 1 : 0;
  } finally {
    await running?.stop();
    await producer.disconnect().catch(() => undefined);
    await service.close();
    await admin.disconnect();
    say('\ncleaning up: the ceiling topic, consumer groups, registry subjects');
    // A clean-up failure is reported, not thrown: it must not hide why a scenario failed.
    await ctx.close().catch((error: unknown) => {
      const causes = error instanceof AggregateError ? error.errors : [error];
      process.stderr.write(
        `clean-up incomplete; remove what is left of run ${runId} by hand:\n${causes
          .map((cause) => `  ${cause instanceof Error ? cause.message : String(cause)}`)
          .join('\n')}\n`,
      );
    });
  }
}

async function ceiling(
  ctx: BenchContext,
  producer: Producer,
  work: Workload,
): Promise<InventoryResult> {
  const topic = await ctx.resources.createTopic('backlog', Topics.wmsStockMovementsV1.partitions);
  await ctx.serde.register(topic);
  await produce(ctx, producer, topic, work, ctx.options.events);
  const result = await ceilingScenario(ctx, topic);
  return {
    label: result.label,
    movements: result.events,
    seconds: result.seconds,
    movementsPerSecond: result.rate,
    cpu: result.cpu,
    notes: result.notes,
  };
}

async function produce(
  ctx: BenchContext,
  producer: Producer,
  topic: TopicDefinition<StockMovement>,
  work: Workload,
  count: number,
): Promise<void> {
  say(`\nproducing ${fmt.int(count)} movements to ${topic.name}`);
  const produced = await measure('produce', count, (meter) =>
    produceWorkload(producer, ctx.serde, topic, work, meter),
  );
  say(`  produced in ${fmt.fixed(produced.seconds)} s (${fmt.int(produced.rate)} movements/s)`);
}

async function startReady(service: BenchInventoryService): Promise<ServiceProcess> {
  const process = service.start();
  try {
    const readiness = await process.waitUntilReady(60_000);
    if (!readiness.ready) {
      throw new Error(`inventory did not become ready: ${JSON.stringify(readiness)}`);
    }
    return process;
  } catch (error) {
    await process.stop();
    throw error;
  }
}

async function endOf(admin: Admin, topic: string): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, p) => sum + Number(p.high), 0);
}

function printSetUp(runId: string, options: InventoryBenchOptions): void {
  say(`inventory bench, run ${runId}, ${new Date().toISOString()}`);
  say(
    `machine: ${cpus().length} cores, ${fmt.int(totalmem() / 2 ** 30)} GiB, load ${loadavg()
      .map((l) => fmt.fixed(l, 2))
      .join(' ')}`,
  );
  say(
    `workload: ${fmt.int(options.movements)} movements over ${fmt.int(options.skus)} SKUs × ${options.depots} depots; latency run ${fmt.int(options.rate)}/s for ${options.seconds} s; scenarios ${options.scenarios.join(', ')}`,
  );
}
