import { Topics, type StockMovement, type TopicDefinition } from '@parity/contracts';
import type { Admin } from 'kafkajs';

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

/**
 * The topics and consumer groups of one bench run. A topic is the catalog's
 * wms.stock-movements.v1 (its real schema, key and exception team) under a name and registry
 * subject of the run's own, so the bench never touches the services' topics. Everything is
 * deleted at the end: groups, topics, subjects.
 */
export class BenchKafka {
  private readonly topics: TopicDefinition<StockMovement>[] = [];
  private readonly groups: string[] = [];

  constructor(
    private readonly admin: Admin,
    private readonly registryUrl: string,
    private readonly runId: string,
  ) {}

  async createTopic(purpose: string, partitions: number): Promise<TopicDefinition<StockMovement>> {
    const catalog = Topics.wmsStockMovementsV1;
    const name = `bench.${catalog.name}.${this.runId}.${purpose}`;
    const topic: TopicDefinition<StockMovement> = {
      ...catalog,
      name,
      description: `${catalog.description} (bench copy)`,
      partitions,
      valueSchema: { ...catalog.valueSchema, subject: `${name}-value` },
    };
    await this.admin.createTopics({
      topics: [{ topic: name, numPartitions: partitions }],
      waitForLeaders: true,
    });
    this.topics.push(topic);
    return topic;
  }

  /** A consumer group id no earlier run used, so every scenario starts at offset 0. */
  group(scenario: string): string {
    const id = `bench-${this.runId}-${scenario}`;
    this.groups.push(id);
    return id;
  }

  /** Call once every consumer has left its group. */
  async deleteAll(): Promise<void> {
    const groups = this.groups.splice(0);
    if (groups.length > 0) await this.admin.deleteGroups(groups).catch(() => undefined);
    const topics = this.topics.splice(0);
    if (topics.length === 0) return;
    await this.admin.deleteTopics({ topics: topics.map((t) => t.name) });
    for (const topic of topics) await this.deleteSubject(topic.valueSchema.subject);
  }

  /** The registry wants a soft delete before a permanent one; an unknown subject is fine. */
  private async deleteSubject(subject: string): Promise<void> {
    for (const query of ['', '?permanent=true']) {
      const response = await fetch(
        `${this.registryUrl}/subjects/${encodeURIComponent(subject)}${query}`,
        {
          method: 'DELETE',
          headers: { Accept: CONTENT_TYPE },
          signal: AbortSignal.timeout(10_000),
        },
      );
      if (!response.ok && response.status !== 404) {
        throw new Error(`deleting registry subject ${subject}: HTTP ${response.status}`);
      }
    }
  }
}
