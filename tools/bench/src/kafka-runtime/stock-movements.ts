import type { StockMovement, StockMovementKind } from '@parity/contracts';

// A SKU's movements follow a warehouse's day: orders allocated, picked and despatched,
// now and then a receipt, a count adjustment or a customer return.
const LIFECYCLE: readonly StockMovementKind[] = [
  'RECEIPT',
  'ALLOCATION',
  'PICK',
  'DESPATCH',
  'ALLOCATION',
  'PICK',
  'DESPATCH',
  'ADJUSTMENT',
  'RETURN',
  'DEALLOCATION',
];

/**
 * The `index`-th movement of a run, shaped like the catalog sample (a Peoplevox movement
 * in LON1). SKUs take turns, so every SKU gets an even share and each of its movements has
 * a higher sourceSequence than the one before, as the WMS guarantees.
 */
export function stockMovement(runId: string, index: number, skus: number): StockMovement {
  const sku = `SKU-${String(index % skus).padStart(6, '0')}`;
  const kind = LIFECYCLE[Math.floor(index / skus) % LIFECYCLE.length] ?? 'RECEIPT';
  // A multiplicative hash, so quantities and signs do not line up with the SKU rotation
  // (which would let the per-SKU totals cancel out and make the bench's check too weak).
  const hash = Math.imul(index + 1, 2_654_435_761) >>> 0;
  const quantity = 1 + (hash % 9);
  const ordered = kind === 'ALLOCATION' || kind === 'PICK' || kind === 'DESPATCH';
  return {
    header: {
      eventId: `peoplevox:movement:${runId}:${index}`,
      source: 'PEOPLEVOX',
      producedBy: 'edge/peoplevox-movements',
      occurredAt: Date.now(),
      sourceTimeZone: 'Europe/London',
      archiveRef: null,
    },
    sku,
    depot: 'LON1',
    kind,
    sourceSequence: index + 1,
    quantity: kind === 'ADJUSTMENT' && (hash >>> 8) % 3 === 0 ? -quantity : quantity,
    quantityScale: 0,
    condition: 'SELLABLE',
    orderNo: ordered ? `SO-${100_000 + (index % 90_000)}` : null,
    poNo: kind === 'RECEIPT' ? `PO-${20_000 + (index % 5_000)}` : null,
    reasonCode: kind === 'ADJUSTMENT' ? 'CYCLE-COUNT' : kind === 'RETURN' ? 'UNWANTED' : null,
    levels: null,
  };
}

/** What a movement does to on-hand stock: the figure the bench's handlers add up per SKU. */
export function onHandDelta(movement: StockMovement): number {
  switch (movement.kind) {
    case 'RECEIPT':
    case 'RETURN':
    case 'ADJUSTMENT':
      return movement.quantity;
    case 'DESPATCH':
      return -movement.quantity;
    case 'ALLOCATION':
    case 'DEALLOCATION':
    case 'PICK':
    case 'SNAPSHOT':
      return 0;
  }
}
