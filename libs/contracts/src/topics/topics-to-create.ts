import { allTopics } from '../catalog';
import { dlqTopicOf } from './dead-letter-topics';
import type { CleanupPolicy } from './topic-definition';

/**
 * A topic to create, shaped as kafkajs's `admin.createTopics({ topics })` takes it. The
 * replication factor is left to the broker default, which differs between a single local
 * broker and a cluster.
 */
export interface TopicToCreate {
  topic: string;
  numPartitions: number;
  configEntries: { name: string; value: string }[];
}

/** Every catalog topic, each followed by its dead-letter topic, ready for kafkajs's createTopics. */
export function allTopicsToCreate(): TopicToCreate[] {
  return allTopics.flatMap((topic) => [toCreate(topic), toCreate(dlqTopicOf(topic))]);
}

function toCreate(topic: {
  readonly name: string;
  readonly partitions: number;
  readonly cleanupPolicy: CleanupPolicy;
  readonly retentionMs: number | null;
}): TopicToCreate {
  return {
    topic: topic.name,
    numPartitions: topic.partitions,
    configEntries: [
      { name: 'cleanup.policy', value: topic.cleanupPolicy },
      // Kafka spells "for ever" as -1.
      { name: 'retention.ms', value: String(topic.retentionMs ?? -1) },
    ],
  };
}
