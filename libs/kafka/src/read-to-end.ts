import { randomUUID } from 'node:crypto';
import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';

/** A record as read, bytes untouched, with the partition it was read from. */
export interface PartitionedMessage {
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: IHeaders;
  readonly timestamp: string;
}

/**
 * Reads a topic from its beginning up to the high watermarks taken when called, so it ends even
 * while records keep arriving; records written after the call are not read. Ordered by
 * partition, then offset. kafkajs has no manual assignment, so it joins a throwaway consumer
 * group of its own that commits nothing and is deleted afterwards.
 */
export async function readToEnd(
  kafka: Kafka,
  topic: string,
  timeoutMs = 60_000,
): Promise<PartitionedMessage[]> {
  const ends = await highWatermarks(kafka, topic);
  if (ends.size === 0) return [];
  const groupId = `parity-read-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId });
  const messages: PartitionedMessage[] = [];
  let timer: NodeJS.Timeout | undefined;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${topic} was not read to its end within ${timeoutMs} ms`)),
        timeoutMs,
      );
      consumer
        .run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            const end = ends.get(batch.partition);
            if (end === undefined) return;
            for (const message of batch.messages) {
              if (BigInt(message.offset) >= end) continue;
              messages.push(partitionedMessage(batch.partition, message));
            }
            if (BigInt(batch.lastOffset()) >= end - 1n) ends.delete(batch.partition);
            if (ends.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
    await deleteGroup(kafka, groupId);
  }
  return messages.sort(
    (a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)),
  );
}

/** A record as kafkajs read it, bytes untouched, with its partition. */
export function partitionedMessage(partition: number, message: KafkaMessage): PartitionedMessage {
  const { offset, key, value, headers, timestamp } = message;
  return { partition, offset, key: key ?? null, value, headers: headers ?? {}, timestamp };
}

/** The end offset of each partition that has records. */
export async function highWatermarks(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(
      offsets
        .filter((o) => BigInt(o.high) > BigInt(o.low))
        .map((o) => [o.partition, BigInt(o.high)]),
    );
  } finally {
    await admin.disconnect();
  }
}

// Best effort: an empty group without offsets also expires by itself.
export async function deleteGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.deleteGroups([groupId]);
  } catch {
    // Nothing lost: the group holds no offsets.
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
