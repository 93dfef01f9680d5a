import { allTopics } from '../catalog';
import { allTopicsToCreate } from './topics-to-create';

describe('allTopicsToCreate', () => {
  const created = allTopicsToCreate();

  it('creates every catalog topic and its dead-letter topic', () => {
    expect(created.map((topic) => topic.topic)).toEqual(
      allTopics.flatMap((topic) => [topic.name, `${topic.name}.dlq`]),
    );
  });

  it("sets a compacted topic's cleanup policy and infinite retention", () => {
    expect(created.find((topic) => topic.topic === 'inventory.availability.v1')).toEqual({
      topic: 'inventory.availability.v1',
      numPartitions: 12,
      configEntries: [
        { name: 'cleanup.policy', value: 'compact' },
        { name: 'retention.ms', value: '-1' },
      ],
    });
  });

  it("sets an event topic's retention in milliseconds", () => {
    expect(
      created.find((topic) => topic.topic === 'erp.purchase-orders.v1')?.configEntries,
    ).toEqual([
      { name: 'cleanup.policy', value: 'delete' },
      { name: 'retention.ms', value: String(30 * 24 * 60 * 60 * 1000) },
    ]);
  });
});
