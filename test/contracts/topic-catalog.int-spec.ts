import { allTopicsToCreate } from '@parity/contracts';
import { createKafkaClient } from '@parity/kafka';
import { type Admin, ConfigResourceTypes } from 'kafkajs';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';

describe('the topic catalog, on the real broker', () => {
  // The catalog's names under a prefix of this run's own, so nothing real is touched.
  const prefix = `${unique('contracts')}.`;
  const topics = allTopicsToCreate().map((topic) => ({ ...topic, topic: prefix + topic.topic }));
  let admin: Admin;

  beforeAll(async () => {
    const kafka = createKafkaClient({
      brokers: stackEnv('KAFKA_BROKERS').split(','),
      clientId: 'contracts-test',
    });
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.deleteTopics({ topics: topics.map((t) => t.topic) }).catch(() => undefined);
    await admin?.disconnect();
  });

  it('creates every topic and dead-letter topic with its partitions, cleanup policy and retention', async () => {
    expect(await admin.createTopics({ topics, waitForLeaders: true })).toBe(true);

    const metadata = await admin.fetchTopicMetadata({ topics: topics.map((t) => t.topic) });
    const partitions = new Map(metadata.topics.map((t) => [t.name, t.partitions.length]));
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((t) => ({
        type: ConfigResourceTypes.TOPIC,
        name: t.topic,
        configNames: ['cleanup.policy', 'retention.ms'],
      })),
    });
    const configs = new Map(
      resources.map((r) => [
        r.resourceName,
        Object.fromEntries(r.configEntries.map((e) => [e.configName, e.configValue])),
      ]),
    );

    for (const topic of topics) {
      expect({
        topic: topic.topic,
        partitions: partitions.get(topic.topic),
        config: configs.get(topic.topic),
      }).toEqual({
        topic: topic.topic,
        partitions: topic.numPartitions,
        config: Object.fromEntries(topic.configEntries.map((e) => [e.name, e.value])),
      });
    }
  });
});
