import { allTopicsToCreate, type TopicToCreate } from '@parity/contracts';
import type { Kafka } from 'kafkajs';

/**
 * Creates the topics that do not exist yet (locally; in Kubernetes the operator does it from
 * manifests generated off the same catalog). Existing topics are left as they are: changing
 * a live topic's partitions or retention is a deliberate operation, not a side effect.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly TopicToCreate[] = allTopicsToCreate(),
): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.topic));
    if (missing.length > 0)
      await admin.createTopics({ topics: [...missing], waitForLeaders: true });
    return missing.map((topic) => topic.topic);
  } finally {
    await admin.disconnect();
  }
}
