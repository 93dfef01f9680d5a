import { Topics } from '../catalog';
import { defineTopic } from './topic-definition';
import { dlqTopicOf } from './dead-letter-topics';

describe('dlqTopicOf', () => {
  it("names the topic's dead letters <topic>.dlq, with its partitions, owner and team, kept for ever", () => {
    expect(dlqTopicOf('wms.stock-movements.v1')).toEqual({
      name: 'wms.stock-movements.v1.dlq',
      sourceTopic: 'wms.stock-movements.v1',
      partitions: 12,
      cleanupPolicy: 'delete',
      retentionMs: null,
      owner: 'edge',
    });
  });

  it('takes a definition outside the catalog, as a test with its own topic has', () => {
    const own = defineTopic({
      ...Topics.posSalesV1,
      name: 'test.pos-sales-1a2b',
      schema: Topics.posSalesV1.valueSchema.schema,
    });
    expect(dlqTopicOf(own).name).toBe('test.pos-sales-1a2b.dlq');
  });

  it('refuses a name the catalog does not have', () => {
    expect(() => dlqTopicOf('pos.sales.v9' as never)).toThrow(
      'pos.sales.v9 is not in the topic catalog',
    );
  });
});
