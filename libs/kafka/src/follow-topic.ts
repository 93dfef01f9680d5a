import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import {
  deleteGroup,
  highWatermarks,
  partitionedMessage,
  type PartitionedMessage,
} from './read-to-end';

/** A topic being followed: what was there at the start has been read once `caughtUp` resolves. */
export interface TopicFollower {
  readonly caughtUp: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Reads a topic from its beginning and keeps reading, handing each record to `onRecord` in
 * partition order, in every process that calls it: each joins a consumer group of its own
 * that commits nothing (and is deleted on stop), so every replica sees every record, which a
 * shared group would split between them. For small compacted state topics a service holds
 * whole in memory (the world model); `caughtUp` resolves once the records present at the
 * call have been handed over. A throw from `onRecord` makes kafkajs read the batch again.
 */
export async function followTopic(
  kafka: Kafka,
  topic: string,
  groupPrefix: string,
  onRecord: (record: PartitionedMessage) => Promise<void>,
): Promise<TopicFollower> {
  const ends = await highWatermarks(kafka, topic);
  const groupId = `${groupPrefix}-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId });
  let reached: () => void = () => undefined;
  const caughtUp = new Promise<void>((resolve) => (reached = resolve));
  if (ends.size === 0) reached();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        await onRecord(partitionedMessage(batch.partition, message));
      }
      const end = ends.get(batch.partition);
      if (end !== undefined && BigInt(batch.lastOffset()) >= end - 1n) {
        ends.delete(batch.partition);
        if (ends.size === 0) reached();
      }
    },
  });
  return {
    caughtUp,
    stop: async () => {
      await consumer.disconnect();
      await deleteGroup(kafka, groupId);
    },
  };
}
