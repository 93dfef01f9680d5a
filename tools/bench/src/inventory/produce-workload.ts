import type { StockMovement, TopicDefinition } from '@parity/contracts';
import type { AvroSerde } from '@parity/kafka';
import type { Producer } from 'kafkajs';
import type { ThroughputMeter } from '../measure/throughput-meter';
import { sendMovements } from '../kafka-runtime/produce-movements';
import { warehouseMovement, type Workload } from './warehouse-day';

// As the kafka-runtime bench: 5,000 movements per request, four requests in flight.
const CHUNK = 5_000;
const IN_FLIGHT = 4;

/** Produces the workload's first `meter.target` movements as fast as the broker takes them. */
export async function produceWorkload(
  producer: Producer,
  serde: AvroSerde,
  topic: TopicDefinition<StockMovement>,
  work: Workload,
  meter: ThroughputMeter,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  for (let from = 0; from < meter.target; from += CHUNK) {
    const movements = range(from, Math.min(meter.target, from + CHUNK)).map((i) =>
      warehouseMovement(work, i),
    );
    const sending = sendMovements(producer, serde, topic, movements).then(() =>
      meter.add(movements.length),
    );
    inFlight.add(sending);
    const settle = () => inFlight.delete(sending);
    sending.then(settle, settle);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

/**
 * Produces `rate` movements a second for `seconds`, catching up in one request whenever a
 * tick comes late; each movement's occurredAt is the moment it was built, just before sending.
 */
export async function produceAtRate(
  producer: Producer,
  serde: AvroSerde,
  topic: TopicDefinition<StockMovement>,
  work: Workload & { readonly rate: number; readonly seconds: number },
  meter: ThroughputMeter,
): Promise<void> {
  const total = work.rate * work.seconds;
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * work.rate));
    if (due > sent) {
      const movements = range(sent, due).map((i) => warehouseMovement(work, i));
      await sendMovements(producer, serde, topic, movements);
      meter.add(movements.length);
      sent = due;
    }
    await new Promise((tick) => setTimeout(tick, 5));
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
