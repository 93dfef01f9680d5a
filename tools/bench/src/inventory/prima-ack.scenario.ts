import { Topics } from '@parity/contracts';
import type { ServiceProcess } from '@parity/launcher';
import type { AvroSerde } from '@parity/kafka';
import { createPrimaSimulator, createSandbox, type RunningSandbox } from '@parity/simulators';
import type { Kafka, Producer } from 'kafkajs';
import type { BenchEnv } from '../kafka-runtime/bench-env';
import { CpuSampler } from '../measure/cpu-sampler';
import { percentiles } from '../measure/percentiles';
import { ThroughputMeter } from '../measure/throughput-meter';
import { fmt, reportProgress, say } from '../output';
import { BenchInventoryService, drained } from './bench-inventory-service';
import type { InventoryResult } from './inventory-result';
import { produceAtRate } from './produce-workload';
import { benchWorld, type Workload } from './warehouse-day';

// Long enough for the reader to have joined its group and fetched once before the first send.
const SETTLE_MS = 3_000;
const PRIMA = { clientId: 'parity-bench', clientSecret: 'bench-secret', companyId: 'BENCH' };
const SEED_CHUNK = 5_000;

export interface PrimaAckRun {
  readonly env: BenchEnv;
  readonly kafka: Kafka;
  readonly serde: AvroSerde;
  readonly producer: Producer;
  /** A group id the run deletes at the end. */
  readonly readerGroup: string;
  readonly work: Workload & { readonly rate: number; readonly seconds: number };
}

/**
 * WMS event → Prima ack at a fixed rate: the sandbox's Prima runs in this process over real
 * HTTP, the built service pushes every changed warehouse depot to it (every pair hot, so this
 * measures the hot path), and a reader on inventory.sync-acks.v1 records, for each ack of the
 * run's SKUs, Prima's answer time minus the occurredAt of the movement behind the figure.
 */
export async function primaAckScenario(run: PrimaAckRun): Promise<InventoryResult> {
  const sandbox = await createSandbox({
    seed: 5,
    simulators: [createPrimaSimulator(PRIMA)],
  }).listen();
  let service: ServiceProcess | undefined;
  let bench: BenchInventoryService | undefined;
  const reader = run.kafka.consumer({ groupId: run.readerGroup });
  try {
    const world = benchWorld(run.work.depots, true);
    await seedPrima(
      sandbox,
      world.depots.map((d) => d.code),
      run.work,
    );
    bench = new BenchInventoryService(run.env, world, {
      PRIMA_API_URL: `${sandbox.url}/prima`,
      PRIMA_CLIENT_ID: PRIMA.clientId,
      PRIMA_CLIENT_SECRET: PRIMA.clientSecret,
      PRIMA_COMPANY_ID: PRIMA.companyId,
      INVENTORY_PUSH_LOW_STOCK_UNITS: String(Number.MAX_SAFE_INTEGER),
      INVENTORY_PUSH_POLL_MS: '10',
    });
    await bench.prepare(); // also opens the connection its progress is read through
    service = bench.start();
    const readiness = await service.waitUntilReady(60_000);
    if (!readiness.ready) throw new Error(`inventory not ready: ${JSON.stringify(readiness)}`);

    const topic = Topics.inventorySyncAcksV1;
    const lagsMs: number[] = [];
    await run.serde.register(topic);
    await reader.connect();
    await reader.subscribe({ topic: topic.name, fromBeginning: false });
    await reader.run({
      partitionsConsumedConcurrently: topic.partitions,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) {
          if (!message.key?.toString().includes(`:${run.work.skuPrefix}`)) continue;
          const ack = await run.serde.decode(topic, message.value);
          if (ack.status === 'ACKNOWLEDGED') lagsMs.push(ack.header.occurredAt - ack.changedAt);
        }
      },
    });
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    const meter = new ThroughputMeter(run.work.rate * run.work.seconds);
    const stopProgress = reportProgress('prima-ack', meter);
    const sampler = new CpuSampler();
    const { applied } = await bench.progress();
    try {
      await produceAtRate(run.producer, run.serde, Topics.wmsStockMovementsV1, run.work, meter);
      await drained(bench, applied + meter.target);
      // The last pushes are a poll and a Prima call behind the ledger, the reader a fetch behind.
      await new Promise((settle) => setTimeout(settle, 3_000));
    } finally {
      stopProgress();
    }
    const cpu = sampler.finish();
    return {
      label: `WMS event → Prima ack, ${fmt.int(run.work.rate)} movements/s for ${run.work.seconds} s`,
      movements: meter.events,
      seconds: meter.seconds,
      movementsPerSecond: meter.rate,
      latencyMs: percentiles(lagsMs),
      cpu,
      notes: [
        `latency = Prima's answer (SyncAck occurredAt) − occurredAt of the movement behind the figure pushed; ${fmt.int(lagsMs.length)} acks (bursts for one pair coalesce into one push); the sandbox's Prima in this process over HTTP`,
      ],
    };
  } finally {
    await reader.disconnect().catch(() => undefined);
    await service?.stop();
    await bench?.close();
    await sandbox.close();
  }
}

/** Prima must know the depots (as warehouses) and the run's items to take their figures. */
async function seedPrima(sandbox: RunningSandbox, depots: readonly string[], work: Workload) {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${sandbox.url}/admin/prima/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`seeding Prima ${path}: ${response.status} ${await response.text()}`);
  };
  await post(
    'depots',
    depots.map((depotCode) => ({ depotCode, name: depotCode, type: 'WAREHOUSE' })),
  );
  say(`  seeding ${fmt.int(work.skus)} items in the sandbox's Prima`);
  for (let start = 0; start < work.skus; start += SEED_CHUNK) {
    const count = Math.min(SEED_CHUNK, work.skus - start);
    await post(
      'items',
      Array.from({ length: count }, (_, i) => ({
        itemCode: `${work.skuPrefix}${String(start + i).padStart(6, '0')}`,
        description: 'bench item',
        productStatus: 'FULL',
        vatCode: 'S20',
        sellPrice: { net: '10.00', gross: '12.00', currency: 'GBP' },
      })),
    );
  }
}
