import type { StockMovement } from '@parity/contracts';
import type { WorldTables } from '@parity/world';
import { worldOfLocations } from '@parity/world-api';

const OWNERS = ['PEOPLEVOX', 'CLARUS'] as const;

/**
 * The bench's world model: `count` warehouse depots, owned by Peoplevox and Clarus in turn (each
 * at a location of its own name there), pushing to Prima when `toPrima`.
 */
export function benchWorld(count: number, toPrima = false): WorldTables {
  const world = worldOfLocations(
    Array.from({ length: count }, (_, i) => ({
      vendor: OWNERS[i % OWNERS.length] ?? 'PEOPLEVOX',
      location: depotName(i),
      depot: depotName(i),
    })),
  );
  return {
    ...world,
    depots: world.depots.map((d) => ({ ...d, push: { ...d.push, prima: toPrima } })),
  };
}

function depotName(index: number): string {
  return `BENCH-WH${index + 1}`;
}

// A SKU's day in a warehouse, in the order the WMS reports it; never takes a figure below zero,
// so every movement is applied as is (no clamping, no snapshot requests) and the totals check.
const DAY: readonly [StockMovement['kind'], number, StockMovement['condition']][] = [
  ['RECEIPT', 20, 'SELLABLE'],
  ['ALLOCATION', 3, 'SELLABLE'],
  ['PICK', 3, 'SELLABLE'],
  ['DESPATCH', 3, 'SELLABLE'],
  ['ADJUSTMENT', -1, 'SELLABLE'],
  ['RETURN', 2, 'QUARANTINE'],
  ['ALLOCATION', 4, 'SELLABLE'],
  ['DEALLOCATION', 4, 'SELLABLE'],
  ['RECEIPT', 5, 'SELLABLE'],
  ['ALLOCATION', 2, 'SELLABLE'],
];

export interface Workload {
  /** Prefix of every SKU of the run, so its ledger rows can be told apart. */
  readonly skuPrefix: string;
  readonly skus: number;
  readonly depots: number;
}

/**
 * The `index`-th movement of a workload. SKU × depot pairs take turns, so every pair gets an
 * even share and each of its movements has the next sourceSequence (1, 2, 3…). occurredAt is
 * now: the latency run measures from it.
 */
export function warehouseMovement(work: Workload, index: number): StockMovement {
  const pairs = work.skus * work.depots;
  const pair = index % pairs;
  const round = Math.floor(index / pairs);
  const depotIndex = Math.floor(pair / work.skus);
  const [kind, quantity, condition] = DAY[round % DAY.length] ?? DAY[0];
  const source = OWNERS[depotIndex % OWNERS.length] ?? 'PEOPLEVOX';
  const sku = `${work.skuPrefix}${String(pair % work.skus).padStart(6, '0')}`;
  return {
    header: {
      eventId: `${source.toLowerCase()}:movement:${work.skuPrefix}:${index}`,
      source,
      producedBy: 'edge/bench',
      occurredAt: Date.now(),
      sourceTimeZone: 'Europe/London',
      archiveRef: null,
    },
    sku,
    depot: depotName(depotIndex),
    kind,
    sourceSequence: round + 1,
    quantity,
    quantityScale: 0,
    condition,
    orderNo:
      kind === 'ALLOCATION' || kind === 'DEALLOCATION' || kind === 'PICK' || kind === 'DESPATCH'
        ? `SO-${index}`
        : null,
    poNo: kind === 'RECEIPT' ? `PO-${round}` : null,
    reasonCode: kind === 'ADJUSTMENT' ? 'CYCLE-COUNT' : kind === 'RETURN' ? 'UNWANTED' : null,
    levels: null,
  };
}

/** What the ledger must hold for the workload's first `count` movements: sums over its rows. */
export interface LedgerTotals {
  readonly rows: number;
  readonly onHand: number;
  readonly allocated: number;
  readonly lastSequenceSum: number;
}

export function expectedTotals(work: Workload, count: number): LedgerTotals {
  const pairs = work.skus * work.depots;
  let onHand = 0;
  let allocated = 0;
  for (let index = 0; index < count; index++) {
    const [kind, quantity] = DAY[Math.floor(index / pairs) % DAY.length] ?? DAY[0];
    if (kind === 'RECEIPT' || kind === 'RETURN' || kind === 'ADJUSTMENT') onHand += quantity;
    if (kind === 'ALLOCATION') allocated += quantity;
    if (kind === 'DEALLOCATION') allocated -= quantity;
    if (kind === 'DESPATCH') {
      onHand -= quantity;
      allocated -= quantity;
    }
  }
  const rows = Math.min(count, pairs);
  let lastSequenceSum = 0;
  for (let pair = 0; pair < rows; pair++) {
    lastSequenceSum += Math.floor((count - 1 - pair) / pairs) + 1;
  }
  return { rows, onHand, allocated, lastSequenceSum };
}
