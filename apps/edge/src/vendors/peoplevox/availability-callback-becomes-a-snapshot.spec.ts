import { PayloadRejected } from '../../ingest/canonical-event';
import { normalisePeoplevoxCallback } from './normalise-peoplevox-callback';
import { pvxQuery, pvxTestContext } from './peoplevox-test-context';

const callback = {
  ItemCode: 'TEE & CO,1',
  Available: '4',
  OnHand: '7',
  Allocated: '3',
  SiteReference: 'PrimarySite',
  HistoryId: '981',
  Timestamp: '01/07/2026 13:05',
};

describe('AvailabilityChanges', () => {
  it('becomes a SNAPSHOT of absolute levels, sequenced by the history id, in UTC', () => {
    const [event] = normalisePeoplevoxCallback(
      'AvailabilityChanges',
      pvxQuery(callback),
      pvxTestContext,
    );
    expect(event?.topic.name).toBe('wms.stock-movements.v1');
    expect(event?.value).toEqual({
      header: {
        eventId: 'peoplevox:AvailabilityChanges:PrimarySite:TEE & CO,1:981',
        source: 'PEOPLEVOX',
        producedBy: 'edge/peoplevox-callback',
        occurredAt: Date.UTC(2026, 6, 1, 12, 5),
        sourceTimeZone: 'Europe/London',
        archiveRef: 'archive-42',
      },
      sku: 'TEE & CO,1',
      depot: 'LON1',
      kind: 'SNAPSHOT',
      sourceSequence: 981,
      quantity: 0,
      quantityScale: 0,
      condition: 'SELLABLE',
      orderNo: null,
      poNo: null,
      reasonCode: null,
      levels: { onHand: 7, allocated: 3, quarantined: 0 },
    });
  });

  it('rejects a site with no depot as LOCATION_UNMAPPED', () => {
    const query = pvxQuery({ ...callback, SiteReference: 'Overflow' });
    expect(() => normalisePeoplevoxCallback('AvailabilityChanges', query, pvxTestContext)).toThrow(
      expect.objectContaining({
        code: 'PEOPLEVOX.LOCATION_UNMAPPED',
        exception: {
          type: 'LOCATION_UNMAPPED',
          entityType: 'DEPOT',
          entityId: 'Overflow',
        },
      }),
    );
  });

  it('rejects figures that contradict each other, or a placeholder Peoplevox left unfilled', () => {
    for (const broken of [
      { Available: '5' },
      { HistoryId: '{HistoryId}' },
      { Timestamp: '2026-07-01T12:05Z' },
    ]) {
      const query = pvxQuery({ ...callback, ...broken });
      expect(() =>
        normalisePeoplevoxCallback('AvailabilityChanges', query, pvxTestContext),
      ).toThrow(PayloadRejected);
    }
  });
});
