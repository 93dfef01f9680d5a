import type { Availability, EventHeader } from '@parity/contracts';
import type { StockOwner } from '../depots/inventory-depots';
import type { LedgerEntry } from './ledger-entry';
import { availableToSell } from './stock-figures';

/** The `producedBy` of every availability event. */
export const AVAILABILITY_PRODUCER = 'inventory/ledger';

/**
 * The availability event of a ledger entry at its version. `changedAt` is when the change
 * happened at the source (the last movement's occurredAt), so sync lag downstream is measured
 * from the warehouse's fact, not from Parity's processing.
 */
export function availabilityOf(
  entry: LedgerEntry,
  owner: StockOwner,
  safetyBufferUnits: number,
  changedAt: Pick<EventHeader, 'occurredAt' | 'sourceTimeZone'>,
): Availability {
  return {
    header: {
      eventId: `inventory:availability:${entry.depot}:${entry.sku}:${entry.version}`,
      source: 'PARITY',
      producedBy: AVAILABILITY_PRODUCER,
      occurredAt: changedAt.occurredAt,
      sourceTimeZone: changedAt.sourceTimeZone,
      archiveRef: null,
    },
    sku: entry.sku,
    depot: entry.depot,
    stockOwner: owner,
    ...entry.figures,
    ats: availableToSell(entry.figures, safetyBufferUnits),
    quantityScale: entry.quantityScale,
    version: entry.version,
  };
}
