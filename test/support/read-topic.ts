import type { Kafka, KafkaMessage } from 'kafkajs';
import { unique } from './unique';

/** Reads a topic from the beginning until `count` messages arrived or the timeout passed. */
export function readTopic(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 30_000,
): Promise<KafkaMessage[]> {
  return readTopicUntil(kafka, topic, (messages) => messages.length >= count, timeoutMs);
}

export type StartOffsets = readonly { partition: number; offset: string }[];

/**
 * Reads a topic from the beginning, or from `from` (offsets per partition, e.g. the end
 * offsets taken before a test produced), until the messages read satisfy `enough`, or the
 * timeout passed.
 */
export async function readTopicUntil(
  kafka: Kafka,
  topic: string,
  enough: (messages: readonly KafkaMessage[]) => boolean,
  timeoutMs = 30_000,
  from: StartOffsets = [],
): Promise<KafkaMessage[]> {
  const messages: KafkaMessage[] = [];
  await consumeTopic(kafka, topic, { from, timeoutMs }, async (message) => {
    messages.push(message);
    return enough(messages);
  });
  return messages;
}

/**
 * Hands each message of a topic to `onMessage` until it answers true or the timeout passes.
 * With `from`, reading starts there once the reader's group has joined (kafkajs refuses a seek
 * before that, and right after a broker restart joining takes a while); only on the first
 * join, or a rebalance would hand messages over twice.
 */
export async function consumeTopic(
  kafka: Kafka,
  topic: string,
  options: { from?: StartOffsets; timeoutMs: number },
  onMessage: (message: KafkaMessage) => Promise<boolean>,
): Promise<void> {
  const consumer = kafka.consumer({ groupId: unique('reader') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let positioned = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    if (positioned) return;
    positioned = true;
    for (const { partition, offset } of options.from ?? []) {
      consumer.seek({ topic, partition, offset });
    }
  });
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (await onMessage(message)) done();
    },
  });
  const timer = setTimeout(done, options.timeoutMs);
  await finished;
  clearTimeout(timer);
  await consumer.disconnect();
}

/**
 * The end offsets of a topic now: where a reader starts to see only what comes next. Retried
 * while a freshly started broker still answers "not the leader" for partitions it is taking over.
 */
export async function endOffsetsOf(kafka: Kafka, topic: string): Promise<StartOffsets> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => ({
          partition,
          offset: high,
        }));
      } catch (error) {
        // kafkajs gives up with a non-retriable wrapper whose cause is the retriable error.
        const { retriable, cause } = error as {
          retriable?: boolean;
          cause?: { retriable?: boolean };
        };
        if (!(retriable === true || cause?.retriable === true) || attempt >= 30) throw error;
        await new Promise((wait) => setTimeout(wait, 500));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Everything published to a topic from `from` up to its end offsets now: a read that ends on
 * a marker (the last record already in the log), not on a timeout, so a test can count what
 * was raised without waiting to see that nothing more comes.
 */
export async function readTopicToEnd(
  kafka: Kafka,
  topic: string,
  from: StartOffsets,
): Promise<KafkaMessage[]> {
  const end = await endOffsetsOf(kafka, topic);
  const start = new Map(from.map((p) => [p.partition, Number(p.offset)]));
  const total = end.reduce((n, p) => n + Number(p.offset) - (start.get(p.partition) ?? 0), 0);
  const read = await readTopicUntil(kafka, topic, (m) => m.length >= total, 60_000, from);
  if (read.length < total) throw new Error(`read ${read.length} of ${total} records of ${topic}`);
  return read;
}
