import { DLQ_HEADER, REPLAY_HEADER } from './dead-letters';
import type { PartitionedMessage } from './read-to-end';
import { deadLetterRecord, replayMessage } from './replay';

const dlq = 'wms.stock-movements.v1.dlq';
const value = Buffer.from([0, 0, 0, 0, 7, 0xff]);

function dlqMessage(extra: Record<string, Buffer> = {}): PartitionedMessage {
  return {
    partition: 2,
    offset: '41',
    key: Buffer.from('SKU-1'),
    value,
    timestamp: '1700000000000',
    headers: {
      traceparent: Buffer.from('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'),
      origin: Buffer.from('peoplevox'),
      [DLQ_HEADER.sourceTopic]: Buffer.from('wms.stock-movements.v1'),
      [DLQ_HEADER.consumerGroup]: Buffer.from('inventory'),
      [DLQ_HEADER.errorCode]: Buffer.from('INVENTORY.SKU_UNKNOWN'),
      [DLQ_HEADER.failedAt]: Buffer.from('2026-11-22T09:01:00.000Z'),
      ...extra,
    },
  };
}

describe('a replayed record', () => {
  it('carries the original key, bytes and headers, without the DLQ headers, marked as a replay', () => {
    const message = dlqMessage();
    const replayed = replayMessage(
      message,
      deadLetterRecord(dlq, 'wms.stock-movements.v1', message),
      '2026-11-22T10:00:00.000Z',
    );
    expect(replayed.key).toEqual(Buffer.from('SKU-1'));
    expect(replayed.value).toBe(value);
    expect(replayed.headers).toEqual({
      traceparent: Buffer.from('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'),
      origin: Buffer.from('peoplevox'),
      [REPLAY_HEADER.replayOf]: `${dlq}/2/41`,
      [REPLAY_HEADER.group]: 'inventory',
      [REPLAY_HEADER.replayedAt]: '2026-11-22T10:00:00.000Z',
    });
  });

  it('keeps the identity of the first dead letter when it is itself a replay that failed again', () => {
    const message = dlqMessage({
      [REPLAY_HEADER.replayOf]: Buffer.from(`${dlq}/2/7`),
      [REPLAY_HEADER.replayedAt]: Buffer.from('2026-11-22T09:30:00.000Z'),
    });
    const record = deadLetterRecord(dlq, 'wms.stock-movements.v1', message);
    const replayed = replayMessage(message, record, '2026-11-22T10:00:00.000Z');
    expect(record.replayOf).toBe(`${dlq}/2/7`);
    expect(replayed.headers?.[REPLAY_HEADER.replayOf]).toBe(`${dlq}/2/7`);
    expect(replayed.headers?.[REPLAY_HEADER.replayedAt]).toBe('2026-11-22T10:00:00.000Z');
  });
});
