import type { NormaliseContext } from '../../ingest/canonical-event';

/** The context the Peoplevox specs normalise in: PrimarySite is depot LON1, nothing else maps. */
export const pvxTestContext: NormaliseContext = {
  archiveRef: 'archive-42',
  receivedAt: new Date(Date.UTC(2026, 6, 1, 12)),
  locations: {
    depotFor: (vendor, site) =>
      vendor === 'peoplevox' && site === 'PrimarySite' ? 'LON1' : undefined,
    storeFor: () => undefined,
  },
  nonStockItems: { primaItemFor: () => undefined },
};

/** A callback query string as Peoplevox sends it with encodeParameterData on. */
export function pvxQuery(fields: Record<string, string | readonly string[]>): string {
  return Object.entries(fields)
    .map(([name, value]) => {
      const values = typeof value === 'string' ? [value] : value;
      return `${name}=${values.map(encodeURIComponent).join(',')}`;
    })
    .join('&');
}
