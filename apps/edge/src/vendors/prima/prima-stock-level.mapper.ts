import { Topics, type ErpStockLevel } from '@parity/contracts';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { parsePrimaRecord, primaHeader } from './prima-event';
import { primaStockLevelRecord } from './prima-record.schemas';

/**
 * A row of Prima's stock change feed for a store depot → erp.stock-levels.v1. Prima owns a
 * store's stock (till sales posted to Prima decrement it there), so its available-to-sell is
 * what the store's tills may sell; Prima counts whole units. The row's modifiedAt is its
 * version: the feed is inclusive, and a row read again is the same event.
 */
export function normalisePrimaStockLevel(record: unknown, ctx: NormaliseContext): CanonicalEvent[] {
  const level = parsePrimaRecord(
    primaStockLevelRecord,
    record,
    { kind: 'stock', entityType: 'SKU', idField: 'itemCode' },
    ctx,
  );
  const value: ErpStockLevel = {
    header: primaHeader('stock', `${level.depotCode}:${level.itemCode}`, level.modifiedAt, ctx),
    sku: level.itemCode,
    depot: level.depotCode,
    onHand: level.quantityOnHand,
    allocated: level.quantityAllocated,
    ats: level.quantityAvailableToSell,
    quantityScale: 0,
    modifiedAt: Date.parse(level.modifiedAt),
  };
  return [canonical(Topics.erpStockLevelsV1, value)];
}
