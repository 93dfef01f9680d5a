import { createKafkaClient } from '@parity/kafka';
import type { Admin, Consumer, Kafka, Producer } from 'kafkajs';
import { stackEnv } from '../support/stack-env';
import { unique } from '../support/unique';

/**
 * Kafka 4 dropped old protocol versions; this proves kafkajs 2.2.4's transactional
 * consume-transform-produce still works against the broker we run: output and input
 * offsets commit atomically, and an aborted transaction is invisible to read-committed
 * consumers.
 */
describe('kafkajs transactions against the local broker', () => {
  const input = unique('smoke.tx-in');
  const output = unique('smoke.tx-out');
  const groupId = unique('smoke-tx-group');
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    kafka = createKafkaClient({
      brokers: stackEnv('KAFKA_BROKERS').split(','),
      clientId: 'smoke-tx',
    });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: input }, { topic: output }],
      waitForLeaders: true,
    });
    producer = kafka.producer({
      transactionalId: unique('smoke-tx'),
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    await admin?.deleteTopics({ topics: [input, output] }).catch(() => undefined);
    await admin?.disconnect();
  });

  it('commits output records together with the consumed offset, and hides aborted ones', async () => {
    const aborted = await producer.transaction();
    await aborted.send({ topic: output, messages: [{ key: 'k', value: 'aborted' }] });
    await aborted.abort();

    const committed = await producer.transaction();
    await committed.send({ topic: output, messages: [{ key: 'k', value: 'committed' }] });
    await committed.sendOffsets({
      consumerGroupId: groupId,
      topics: [{ topic: input, partitions: [{ partition: 0, offset: '5' }] }],
    });
    await committed.commit();

    // The offset becomes visible once the broker has written the commit marker, a moment
    // after commit() returns; until then it reads as -1 (no committed offset).
    let committedOffset: string | undefined;
    for (let attempt = 0; attempt < 50 && committedOffset !== '5'; attempt++) {
      const offsets = await admin.fetchOffsets({ groupId, topics: [input] });
      committedOffset = offsets[0]?.partitions[0]?.offset;
      if (committedOffset !== '5') await new Promise((wait) => setTimeout(wait, 100));
    }
    expect(committedOffset).toBe('5');

    consumer = kafka.consumer({ groupId: unique('smoke-reader'), readUncommitted: false });
    await consumer.connect();
    await consumer.subscribe({ topic: output, fromBeginning: true });
    const values = await new Promise<string[]>((resolve) => {
      const seen: string[] = [];
      void consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(message.value?.toString() ?? '');
          resolve(seen);
        },
      });
    });
    // Give an aborted record, were it visible, the chance to arrive after the committed one.
    await new Promise((settle) => setTimeout(settle, 1_000));
    expect(values).toEqual(['committed']);
  });
});
