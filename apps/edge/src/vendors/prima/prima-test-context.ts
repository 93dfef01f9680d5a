import type { NormaliseContext } from '../../ingest/canonical-event';

/** A normalise context for specs: Prima's records need no location mapping. */
export const testContext: NormaliseContext = {
  archiveRef: 'inbound/prima-0001',
  receivedAt: new Date('2026-11-20T09:11:00.000Z'),
  locations: { depotFor: () => undefined, storeFor: () => undefined },
  nonStockItems: { primaItemFor: () => undefined },
};
