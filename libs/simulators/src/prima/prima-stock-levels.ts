import type { StockPushRecord, StockPushResult } from './prima-records';
import type { StockLevelRow } from './prima-schemas';
import type { PrimaState } from './prima-state';

/**
 * Applies a batch of WMS figures to warehouse depots, row by row, in order. A row whose
 * sourceVersion is not above the stored one is ignored (a late or repeated push must not undo
 * a newer one) and reported so; rows Prima cannot take are refused without failing the batch.
 */
export function applyStockLevels(
  state: PrimaState,
  rows: readonly StockLevelRow[],
): StockPushRecord {
  const results = rows.map((row): StockPushResult => {
    const refuse = (reason: string): StockPushResult => ({
      depotCode: row.depotCode,
      itemCode: row.itemCode,
      outcome: 'REJECTED',
      storedVersion: null,
      reason,
    });
    const depot = state.depots.get(row.depotCode);
    if (!depot) return refuse('UNKNOWN_DEPOT');
    if (depot.type !== 'WAREHOUSE') return refuse('NOT_A_WAREHOUSE_DEPOT');
    const item = state.items.get(row.itemCode);
    if (!item) return refuse('UNKNOWN_ITEM');
    if (item.productStatus === 'NON_STOCK') return refuse('NON_STOCK_ITEM');
    const stock = state.stockAt(row.itemCode, row.depotCode);
    if (stock.sourceVersion !== null && row.sourceVersion <= stock.sourceVersion) {
      return {
        depotCode: row.depotCode,
        itemCode: row.itemCode,
        outcome: 'IGNORED_STALE',
        storedVersion: stock.sourceVersion,
        reason: `version ${row.sourceVersion} is not above ${stock.sourceVersion}`,
      };
    }
    // The warehouse's figures replace the last push's; Prima's own allocations stay.
    state.touchStock(stock, { onHand: row.quantityOnHand - stock.onHand });
    stock.heldByWarehouse = row.quantityAllocated;
    stock.sourceVersion = row.sourceVersion;
    return {
      depotCode: row.depotCode,
      itemCode: row.itemCode,
      outcome: 'APPLIED',
      storedVersion: row.sourceVersion,
      reason: null,
    };
  });
  const push: StockPushRecord = { receivedAt: state.now(), rows, results };
  state.stockPushes.push(push);
  return push;
}
