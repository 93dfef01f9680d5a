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

/** Reads a topic from the beginning until the messages read satisfy `enough`, or the timeout passed. */
export async function readTopicUntil(
  kafka: Kafka,
  topic: string,
  enough: (messages: readonly KafkaMessage[]) => boolean,
  timeoutMs = 30_000,
): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: unique('reader') });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    void consumer.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
        if (enough(messages)) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return messages;
}
