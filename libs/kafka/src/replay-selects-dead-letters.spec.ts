import { DLQ_HEADER } from './dead-letters';
import type { PartitionedMessage } from './read-to-end';
import { deadLetterRecord, isSelected } from './replay';

const dlq = 'wms.stock-movements.v1.dlq';

function deadLetter(
  offset: number,
  key: string,
  failedAt: string | undefined,
  exceptionId: string,
) {
  const message: PartitionedMessage = {
    partition: 0,
    offset: String(offset),
    key: Buffer.from(key),
    value: Buffer.from([0, 1, 2]),
    timestamp: '0',
    headers: {
      [DLQ_HEADER.sourceTopic]: Buffer.from('wms.stock-movements.v1'),
      [DLQ_HEADER.exceptionId]: Buffer.from(exceptionId),
      [DLQ_HEADER.consumerGroup]: Buffer.from('inventory'),
      ...(failedAt ? { [DLQ_HEADER.failedAt]: Buffer.from(failedAt) } : {}),
    },
  };
  return deadLetterRecord(dlq, 'wms.stock-movements.v1', message);
}

describe('a replay selection', () => {
  const early = deadLetter(0, 'SKU-1', '2026-11-22T08:59:59.999Z', 'e0');
  const atFrom = deadLetter(1, 'SKU-1', '2026-11-22T09:00:00.000Z', 'e1');
  const other = deadLetter(2, 'SKU-2', '2026-11-22T09:30:00.000Z', 'e2');
  const atTo = deadLetter(3, 'SKU-1', '2026-11-22T10:00:00.000Z', 'e3');
  const undated = deadLetter(4, 'SKU-1', undefined, 'e4');
  const all = [early, atFrom, other, atTo, undated];
  const offsets = (selection: Parameters<typeof isSelected>[1]) =>
    all.filter((r) => isSelected(r, selection)).map((r) => Number(r.offset));

  it('selects everything when it names nothing', () => {
    expect(offsets({})).toEqual([0, 1, 2, 3, 4]);
  });

  it('matches the key and the exception id exactly', () => {
    expect(offsets({ key: 'SKU-2' })).toEqual([2]);
    expect(offsets({ exceptionId: 'e3' })).toEqual([3]);
    expect(offsets({ key: 'SKU' })).toEqual([]);
    expect(offsets({ consumerGroup: 'orders' })).toEqual([]);
  });

  it('takes a time range on failed-at, from inclusive, to exclusive, leaving undated records out', () => {
    const from = new Date('2026-11-22T09:00:00Z');
    const to = new Date('2026-11-22T10:00:00Z');
    expect(offsets({ from, to })).toEqual([1, 2]);
    expect(offsets({ from })).toEqual([1, 2, 3]);
    expect(offsets({ to })).toEqual([0, 1, 2]);
  });

  it('requires every criterion given', () => {
    const from = new Date('2026-11-22T09:00:00Z');
    expect(offsets({ key: 'SKU-1', from })).toEqual([1, 3]);
    expect(offsets({ key: 'SKU-1', exceptionId: 'e2' })).toEqual([]);
  });

  it('lists where each record sits and what it raised', () => {
    expect(atFrom).toEqual({
      dlqTopic: dlq,
      partition: 0,
      offset: '1',
      key: 'SKU-1',
      sourceTopic: 'wms.stock-movements.v1',
      consumerGroup: 'inventory',
      exceptionId: 'e1',
      errorCode: undefined,
      failedAt: '2026-11-22T09:00:00.000Z',
      replayOf: `${dlq}/0/1`,
    });
  });
});
