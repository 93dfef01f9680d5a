import type { WmsOrderEvent } from '@parity/contracts';
import { normalisePeoplevoxCallback } from './normalise-peoplevox-callback';
import { pvxQuery, pvxTestContext } from './peoplevox-test-context';

const pkg = {
  SalesOrderNumber: 'SO-9',
  DespatchNumber: 'D2',
  DespatchDate: '15/01/2026 16:40',
  Carrier: 'DPD',
  ServiceType: 'NEXTDAY',
  TrackingNumber: 'TRK2',
  SiteReference: 'PrimarySite',
  'Items.Line': ['2', '3'],
  'Items.ItemCode': ['B,1', 'C'],
  'Items.Quantity': ['1', '4'],
};

describe('DespatchPackageDespatched', () => {
  it('is a DESPATCHED event for this package with only its lines and tracking', () => {
    const [event] = normalisePeoplevoxCallback(
      'DespatchPackageDespatched',
      pvxQuery(pkg),
      pvxTestContext,
    );
    const value = event?.value as WmsOrderEvent;
    expect(event?.topic.name).toBe('wms.order-events.v1');
    expect(value).toMatchObject({
      header: {
        eventId: 'peoplevox:DespatchPackageDespatched:D2',
        occurredAt: Date.UTC(2026, 0, 15, 16, 40),
      },
      orderNo: 'SO-9',
      depot: 'LON1',
      kind: 'DESPATCHED',
      despatchRef: 'D2',
      lines: [
        { lineNo: 2, sku: 'B,1', quantity: 1, quantityScale: 0 },
        { lineNo: 3, sku: 'C', quantity: 4, quantityScale: 0 },
      ],
      shipment: {
        carrier: 'DPD',
        service: 'NEXTDAY',
        trackingNumbers: ['TRK2'],
        trackingUrl: null,
      },
    });
  });

  it('refuses lines whose lists do not line up', () => {
    const query = pvxQuery({ ...pkg, 'Items.Quantity': ['1'] });
    expect(() =>
      normalisePeoplevoxCallback('DespatchPackageDespatched', query, pvxTestContext),
    ).toThrow(
      expect.objectContaining({
        code: 'PEOPLEVOX.PAYLOAD_INVALID',
        exception: expect.objectContaining({ entityId: 'D2' }),
      }),
    );
  });
});

describe('TrackingNumberReceived', () => {
  it('marks the package PACKED with its tracking, never as a second despatch', () => {
    const query = pvxQuery({
      DespatchNumber: 'D2',
      TrackingNumber: 'TRK2',
      'Carrier.Number': 'DPD',
      'ServiceType.Code': 'NEXTDAY',
      'Picks.SalesOrder.SalesOrderNumber': 'SO-9',
      SiteReference: 'PrimarySite',
      Timestamp: '15/01/2026 16:30',
    });
    const [event] = normalisePeoplevoxCallback('TrackingNumberReceived', query, pvxTestContext);
    expect(event?.value).toMatchObject({
      header: { eventId: 'peoplevox:TrackingNumberReceived:D2:TRK2' },
      orderNo: 'SO-9',
      kind: 'PACKED',
      despatchRef: 'D2',
      lines: [],
      shipment: { carrier: 'DPD', trackingNumbers: ['TRK2'] },
    });
  });
});
