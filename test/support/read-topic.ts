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
  from: readonly { partition: number; offset: string }[] = [],
): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: unique('reader') });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    void consumer
      .run({
        eachMessage: async ({ message }) => {
          messages.push(message);
          if (enough(messages)) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .then(() => {
        for (const { partition, offset } of from) consumer.seek({ topic, partition, offset });
      });
  });
  await consumer.disconnect();
  return messages;
}
