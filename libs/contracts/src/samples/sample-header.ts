import type { EventHeader, SourceSystem } from '../generated';

/** 20 November 2026, 09:00 UTC: the morning every sample event happens on. */
export const SAMPLE_DAY = Date.UTC(2026, 10, 20, 9, 0);
const MINUTE_MS = 60_000;

/** A header for a sample event, `minutes` after 09:00 UTC on the sample day, in London. */
export function sampleHeader(
  source: SourceSystem,
  producedBy: string,
  eventId: string,
  minutes: number,
  archiveRef: string | null = null,
): EventHeader {
  return {
    eventId,
    source,
    producedBy,
    occurredAt: SAMPLE_DAY + minutes * MINUTE_MS,
    sourceTimeZone: 'Europe/London',
    archiveRef,
  };
}
