import { Topics } from '@parity/contracts';
import type { AvroSerde } from '@parity/kafka';
import type { Kafka, Producer } from 'kafkajs';
import { CpuSampler } from '../measure/cpu-sampler';
import { percentiles } from '../measure/percentiles';
import { ThroughputMeter } from '../measure/throughput-meter';
import { fmt, reportProgress } from '../output';
import { drained, type BenchInventoryService } from './bench-inventory-service';
import type { InventoryResult } from './inventory-result';
import { produceAtRate } from './produce-workload';
import type { Workload } from './warehouse-day';

// Long enough for the reader to have joined its group and fetched once before the first send.
const SETTLE_MS = 3_000;

export interface LatencyRun {
  readonly kafka: Kafka;
  readonly serde: AvroSerde;
  readonly producer: Producer;
  readonly service: BenchInventoryService;
  /** A group id the run deletes at the end. */
  readonly readerGroup: string;
  readonly work: Workload & { readonly rate: number; readonly seconds: number };
}

/**
 * End-to-end latency at a fixed rate, with the service caught up: movements go to
 * wms.stock-movements.v1 at `rate`/s for `seconds`, and a reader on inventory.availability.v1
 * records, for every availability event of the run's SKUs, the time it arrived minus its
 * occurredAt, which is the occurredAt of the movement that caused it, set just before sending.
 */
export async function latencyScenario(run: LatencyRun): Promise<InventoryResult> {
  const topic = Topics.inventoryAvailabilityV1;
  const latenciesMs: number[] = [];
  await run.serde.register(topic);
  const reader = run.kafka.consumer({ groupId: run.readerGroup });
  await reader.connect();
  try {
    await reader.subscribe({ topic: topic.name, fromBeginning: false });
    await reader.run({
      partitionsConsumedConcurrently: topic.partitions,
      eachBatch: async ({ batch }) => {
        const receivedAt = Date.now();
        for (const message of batch.messages) {
          if (!message.key?.toString().includes(`:${run.work.skuPrefix}`)) continue;
          const event = await run.serde.decode(topic, message.value);
          latenciesMs.push(receivedAt - event.header.occurredAt);
        }
      },
    });
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    const meter = new ThroughputMeter(run.work.rate * run.work.seconds);
    const stopProgress = reportProgress('latency', meter);
    const sampler = new CpuSampler();
    const { applied } = await run.service.progress();
    try {
      await produceAtRate(run.producer, run.serde, Topics.wmsStockMovementsV1, run.work, meter);
      await drained(run.service, applied + meter.target);
      // The reader is a fetch behind the outbox relay's acknowledgement.
      await new Promise((settle) => setTimeout(settle, 1_000));
    } finally {
      stopProgress();
    }
    const cpu = sampler.finish();
    return {
      label: `inventory service, ${fmt.int(run.work.rate)} movements/s for ${run.work.seconds} s`,
      movements: meter.events,
      seconds: meter.seconds,
      movementsPerSecond: meter.rate,
      availabilityPerSecond: latenciesMs.length / meter.seconds,
      latencyMs: percentiles(latenciesMs),
      cpu,
      notes: [
        `latency = availability event received from Kafka − occurredAt of the movement that caused it; ${fmt.int(latenciesMs.length)} samples`,
      ],
    };
  } finally {
    await reader.disconnect();
  }
}
