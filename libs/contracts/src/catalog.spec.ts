import { Topics, allTopics, exceptionTopicFor, findTopic } from './catalog';
import {
  type IntegrationException,
  type PosSale,
  type StockMovement,
  Team,
  type Availability,
} from './generated';
import { teamSlug } from './topics/team-slug';
import type { TopicValue } from './topics/topic-definition';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

describe('the topic catalog', () => {
  it('names each topic once, as <area>.<name>.v<N>', () => {
    const names = allTopics.map((topic) => topic.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+\.[a-z-]+\.v\d+$/);
  });

  it('registers each value schema under <topic>-value (TopicNameStrategy)', () => {
    for (const topic of allTopics) {
      expect(topic.valueSchema.subject).toBe(`${topic.name}-value`);
      expect(`${topic.valueSchema.schema.namespace}.${topic.valueSchema.schema.name}`).toBe(
        topic.valueSchema.fullName,
      );
    }
  });

  it('keeps state topics compacted for ever and event topics for a bounded time', () => {
    const compacted = allTopics
      .filter((topic) => topic.cleanupPolicy === 'compact')
      .map((t) => t.name);
    expect(compacted).toEqual([
      'erp.items.v1',
      'inventory.availability.v1',
      'erp.stock-levels.v1',
      'world.model.v1',
    ]);
    for (const topic of allTopics) {
      if (topic.cleanupPolicy === 'compact') expect(topic.retentionMs).toBeNull();
      else expect(topic.retentionMs).toBeGreaterThan(0);
    }
  });

  it('gives topics with the same key the same partition count, so they are co-partitioned', () => {
    const countsByKey = new Map<string, Set<number>>();
    for (const topic of allTopics) {
      countsByKey.set(
        topic.key.description,
        (countsByKey.get(topic.key.description) ?? new Set()).add(topic.partitions),
      );
    }
    for (const [key, counts] of countsByKey)
      expect({ key, counts: [...counts] }).toEqual({ key, counts: [[...counts][0]] });
  });

  it('lists the owner among the producers of every topic', () => {
    for (const topic of allTopics) expect(topic.producers).toContain(topic.owner);
  });

  it('has an exceptions topic for every team, named after it', () => {
    expect(Object.values(Team).map((team) => exceptionTopicFor(team).name)).toEqual([
      'exceptions.finance.v1',
      'exceptions.warehouse.v1',
      'exceptions.retail-ops.v1',
      'exceptions.data.v1',
      'exceptions.platform.v1',
    ]);
    for (const team of Object.values(Team)) {
      expect(exceptionTopicFor(team).name).toBe(`exceptions.${teamSlug(team)}.v1`);
      expect(exceptionTopicFor(team).valueSchema.fullName).toBe(
        'parity.exceptions.IntegrationException',
      );
    }
  });

  it('finds a topic by name, and nothing for a name it does not have', () => {
    expect(findTopic('pos.sales.v1')).toBe(Topics.posSalesV1);
    expect(findTopic('pos.sales.v2')).toBeUndefined();
  });

  it('cannot be edited at run time', () => {
    expect(Object.isFrozen(Topics.posSalesV1)).toBe(true);
    expect(Object.isFrozen(Topics.posSalesV1.valueSchema.schema.fields)).toBe(true);
  });

  it("infers each topic's value type from its schema (checked by the compiler)", () => {
    const checks: true[] = [
      true satisfies Equal<TopicValue<typeof Topics.wmsStockMovementsV1>, StockMovement>,
      true satisfies Equal<TopicValue<typeof Topics.inventoryAvailabilityV1>, Availability>,
      true satisfies Equal<TopicValue<typeof Topics.posSalesV1>, PosSale>,
      true satisfies Equal<TopicValue<ReturnType<typeof exceptionTopicFor>>, IntegrationException>,
    ];
    expect(checks).toHaveLength(4);
  });
});
