import { allTopicsToCreate, type TopicToCreate } from '@parity/contracts';
import type { Admin, Kafka } from 'kafkajs';

/**
 * Creates the topics that do not exist yet (locally; in Kubernetes the operator does it from
 * manifests generated off the same catalog) and waits until every partition has a leader.
 * Existing topics are left as they are: changing a live topic's partitions or retention is a
 * deliberate operation, not a side effect.
 *
 * kafkajs' own `waitForLeaders` gives up on "This server does not host this topic-partition",
 * which a freshly started broker answers for a moment after creating many topics at once; so
 * leadership is polled here instead, within `timeoutMs`.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly TopicToCreate[] = allTopicsToCreate(),
  timeoutMs = 60_000,
): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.topic));
    if (missing.length > 0) {
      // Another process may create some of them at the same time; createTopics then reports false.
      await admin.createTopics({ topics: [...missing], waitForLeaders: false });
    }
    await waitForLeaders(
      admin,
      topics.map((topic) => topic.topic),
      timeoutMs,
    );
    return missing.map((topic) => topic.topic);
  } finally {
    await admin.disconnect();
  }
}

async function waitForLeaders(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'not checked yet';
  while (Date.now() < deadline) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      const leaderless = metadata.filter((topic) => topic.partitions.some((p) => p.leader < 0));
      if (leaderless.length === 0 && metadata.length === topics.length) return;
      lastProblem = `no leader yet for ${leaderless.map((t) => t.name).join(', ')}`;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`topics not ready within ${timeoutMs} ms: ${lastProblem}`);
}
