import { Topics } from '@parity/contracts';
import { clarusTestContext as ctx } from './fixtures/normalise-context';
import payload from './fixtures/sales-order-completed.json';
import { normaliseClarusWebhook } from './normalise-clarus-webhook';

describe('Clarus sales order completed', () => {
  it('becomes one DESPATCHED order event with the dispatched lines and tracking', () => {
    const [event, ...others] = normaliseClarusWebhook('sales-order-completed', payload, ctx);
    expect(others).toEqual([]);
    expect(event?.topic).toBe(Topics.wmsOrderEventsV1);
    expect(event?.value).toEqual({
      header: {
        eventId: 'clarus:sales-order-completed:5001:2',
        source: 'CLARUS',
        producedBy: 'edge/clarus-webhook',
        occurredAt: Date.UTC(2026, 10, 20, 9, 35),
        sourceTimeZone: '+01:00',
        archiveRef: 'inbound/clarus-1',
      },
      orderNo: 'SO-100234',
      wmsOrderRef: '5001',
      depot: 'BHX1',
      kind: 'DESPATCHED',
      despatchRef: '5001',
      lines: [{ lineNo: 1, sku: 'TEE-NVY-M', quantity: 2, quantityScale: 0 }],
      shipment: {
        carrier: 'DPD',
        service: 'NEXTDAY',
        trackingNumbers: ['15501234567890'],
        trackingUrl: null,
      },
    });
  });

  it('gives a redelivery the same event id', () => {
    const first = normaliseClarusWebhook('sales-order-completed', payload, ctx);
    const again = normaliseClarusWebhook('sales-order-completed', structuredClone(payload), ctx);
    expect(again[0]?.value.header.eventId).toBe(first[0]?.value.header.eventId);
  });

  it('rejects an order from an unmapped warehouse as LOCATION_UNMAPPED', () => {
    expect(() =>
      normaliseClarusWebhook('sales-order-completed', { ...payload, warehouse: 'LEEDS' }, ctx),
    ).toThrow(
      expect.objectContaining({
        code: 'CLARUS.LOCATION_UNMAPPED',
        exception: {
          type: 'LOCATION_UNMAPPED',
          entityType: 'DEPOT',
          entityId: 'LEEDS',
        },
      }),
    );
  });

  it('rejects a payload that breaks the shape, naming the field', () => {
    const broken = { ...payload, lines: [{ ...payload.lines[0], dispatched_quantity: -1 }] };
    expect(() => normaliseClarusWebhook('sales-order-completed', broken, ctx)).toThrow(
      expect.objectContaining({
        code: 'CLARUS.PAYLOAD_INVALID',
        message: expect.stringContaining('lines.0.dispatched_quantity'),
        exception: expect.objectContaining({ entityType: 'SALES_ORDER', entityId: 'SO-100234' }),
      }),
    );
  });
});
