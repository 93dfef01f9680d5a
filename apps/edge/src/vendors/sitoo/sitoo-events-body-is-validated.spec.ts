import { PayloadRejected } from '../../ingest/canonical-event';
import { fixture } from './fixtures/sitoo-fixtures';
import { parseSitooEvents } from './sitoo-events.parser';

const body = () => fixture('events-order-and-transaction.v2.json') as unknown as unknown[];

function rejection(input: unknown): PayloadRejected {
  try {
    parseSitooEvents(input);
  } catch (error) {
    if (error instanceof PayloadRejected) return error;
    throw error;
  }
  throw new Error('expected the body to be rejected');
}

describe('parseSitooEvents', () => {
  it('reads thin order events and keeps other types with their data', () => {
    expect(parseSitooEvents(JSON.stringify(body()))).toEqual([
      {
        type: 'order',
        eventId: '3f2b8c1e9a7d4b6c8e0f1a2b3c4d5e6f',
        accountId: '90210',
        occurredAt: 1767268805000,
        orderId: 11514,
        eshopId: 1,
        warehouseId: 7,
        orderEventType: 'add',
        orderState: 'closed',
      },
      {
        type: 'warehouse-transaction',
        eventId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
        accountId: '90210',
        occurredAt: 1767268806000,
        data: { warehouse_id: 7, warehouse_transaction_id: 88 },
      },
    ]);
  });

  it('rejects a body that is not JSON as PAYLOAD_INVALID for Retail Ops', () => {
    expect(rejection('{"event_id":')).toMatchObject({
      code: 'SITOO.PAYLOAD_INVALID',
      exception: { type: 'PAYLOAD_INVALID', entityType: 'MESSAGE' },
    });
  });

  it.each([
    ['an empty batch', []],
    ['more than ten events', Array.from({ length: 11 }, () => body()[0])],
    ['an unknown event type', [{ ...(body()[0] as object), event_type: 'refund' }]],
    [
      'an order event without order id',
      [{ ...(body()[0] as object), data: { eshop_id: 1, order_event_type: 'add' } }],
    ],
    [
      'an event date that is not epoch seconds',
      [{ ...(body()[0] as object), event_date: '2026-01-01' }],
    ],
    ['an event id that is no UUID', [{ ...(body()[0] as object), event_id: 'x' }]],
    ['an object instead of an array', body()[0]],
  ])('rejects %s, naming the vendor event when it can', (_case, input) => {
    const rejected = rejection(input);
    expect(rejected.exception).toMatchObject({ type: 'PAYLOAD_INVALID' });
    expect(rejected.message).toMatch(/breaks Sitoo's shape/);
  });

  it('names the first event of a rejected batch', () => {
    const input = [{ ...(body()[0] as object), event_date: -1 }];
    expect(rejection(input).exception.entityId).toBe('3f2b8c1e9a7d4b6c8e0f1a2b3c4d5e6f');
  });
});
