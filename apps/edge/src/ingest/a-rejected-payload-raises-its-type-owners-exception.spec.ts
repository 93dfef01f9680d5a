import { rejectionException } from './rejection-exception';
import type { InboundDelivery } from './inbound-delivery';

const delivery: InboundDelivery = {
  vendor: 'peoplevox',
  channel: 'peoplevox.availability',
  body: Buffer.from('{}'),
  contentType: 'application/json',
  headers: {},
  receivedAt: new Date('2026-11-27T09:00:00Z'),
};

describe('a rejected payload', () => {
  it('raises the exception of its type’s owner, fingerprinted by entity and code', () => {
    const exception = rejectionException(delivery, 'arc-1', {
      code: 'PEOPLEVOX.SITE_UNMAPPED',
      message: 'site Annex has no depot',
      exception: { type: 'LOCATION_UNMAPPED', entityType: 'DEPOT', entityId: 'Annex' },
    });
    expect(exception).toMatchObject({
      header: { eventId: 'edge:rejection:arc-1', source: 'PEOPLEVOX', archiveRef: 'arc-1' },
      team: 'DATA',
      severity: 'ERROR',
      fingerprint: 'LOCATION_UNMAPPED:DEPOT:Annex:PEOPLEVOX.SITE_UNMAPPED',
      rawPayloadRef: 'edge.inbound_archive/arc-1',
    });
  });
});
