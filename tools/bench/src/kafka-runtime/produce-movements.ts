import type { StockMovement, TopicDefinition } from '@parity/contracts';
import type { AvroSerde } from '@parity/kafka';
import { CompressionTypes, type Message, type Producer } from 'kafkajs';
import type { ThroughputMeter } from '../measure/throughput-meter';
import type { StockTotals } from './bench-database';
import { onHandDelta, stockMovement } from './stock-movements';

export interface MovementRun {
  readonly runId: string;
  readonly skus: number;
}

// 5,000 movements (~0.6 MB) per request and four requests in flight keep the broker busy
// without one request waiting on the next being encoded.
const CHUNK = 5_000;
const IN_FLIGHT = 4;

/**
 * Produces `events` movements as fast as the broker takes them (acks from all replicas, no
 * compression), so the scenarios start with the whole backlog in place. Returns what a
 * stock table that applied every one of them exactly once must hold.
 */
export async function produceBacklog(
  producer: Producer,
  serde: AvroSerde,
  topic: TopicDefinition<StockMovement>,
  run: MovementRun,
  meter: ThroughputMeter,
): Promise<StockTotals> {
  let onHand = 0;
  const lastSequence = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  for (let from = 0; from < meter.target; from += CHUNK) {
    const movements = range(from, Math.min(meter.target, from + CHUNK)).map((i) =>
      stockMovement(run.runId, i, run.skus),
    );
    for (const movement of movements) {
      onHand += onHandDelta(movement);
      lastSequence.set(movement.sku, movement.sourceSequence);
    }
    const sending = sendMovements(producer, serde, topic, movements).then(() =>
      meter.add(movements.length),
    );
    inFlight.add(sending);
    const settle = () => inFlight.delete(sending);
    sending.then(settle, settle);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  let lastSequenceSum = 0;
  for (const sequence of lastSequence.values()) lastSequenceSum += sequence;
  return { rows: lastSequence.size, onHand, lastSequenceSum };
}

/**
 * Produces `rate` movements a second for `seconds`, catching up in one request whenever a
 * tick comes late, so the consumer sees a steady stream like W2's 2,000/s burst. Each
 * message carries its send time as the Kafka timestamp, which the latency is measured from.
 */
export async function producePaced(
  producer: Producer,
  serde: AvroSerde,
  topic: TopicDefinition<StockMovement>,
  run: MovementRun & { readonly rate: number; readonly seconds: number },
  meter: ThroughputMeter,
): Promise<void> {
  const total = run.rate * run.seconds;
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * run.rate));
    if (due > sent) {
      const movements = range(sent, due).map((i) => stockMovement(run.runId, i, run.skus));
      await sendMovements(producer, serde, topic, movements);
      meter.add(movements.length);
      sent = due;
    }
    await new Promise((tick) => setTimeout(tick, 5));
  }
}

/** One produce request of movements, keyed by the topic's key, stamped with the send time. */
export async function sendMovements(
  producer: Producer,
  serde: AvroSerde,
  topic: TopicDefinition<StockMovement>,
  movements: readonly StockMovement[],
): Promise<void> {
  const timestamp = String(Date.now());
  const messages: Message[] = movements.map((movement) => ({
    key: topic.key.of(movement),
    value: serde.encode(topic, movement),
    timestamp,
  }));
  await producer.send({
    topic: topic.name,
    acks: -1,
    compression: CompressionTypes.None,
    messages,
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
