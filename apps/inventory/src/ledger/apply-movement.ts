import type { StockLevels, StockMovement } from '@parity/contracts';
import type { LedgerEntry } from './ledger-entry';
import type { StockFigures } from './stock-figures';

/** Why the ledger asks the owner for its figures. */
/**
 * Why the ledger asks the owner for its figures. BASELINE: a pair the owner never gave figures
 * for; DRIFT: the snapshot sweep found the owner's API disagreeing with Parity.
 */
export type SnapshotReason = 'CONTRADICTION' | 'SEQUENCE_GAP' | 'BASELINE' | 'DRIFT';

export type MovementOutcome =
  /** Not above the last applied sequence: a duplicate or a replay, changing nothing. */
  | { readonly applied: false }
  | {
      readonly applied: true;
      readonly entry: LedgerEntry;
      /** What did not add up, in words, for the movement history. */
      readonly discrepancy: string | null;
      readonly snapshotReason: SnapshotReason | null;
    };

type Physical = Pick<StockFigures, 'onHand' | 'allocated' | 'quarantined'>;
type Change = Partial<Physical>;

/**
 * Applies one movement to a SKU's ledger entry, as the StockMovement schema defines each kind.
 * A movement that would take a figure below zero contradicts the ledger: the figure stops at
 * zero, the discrepancy is kept, and the owner is asked for a snapshot. So is a gap in a
 * depot whose owner numbers movements contiguously. The version is the lane's business.
 */
export function applyMovement(
  entry: LedgerEntry,
  movement: StockMovement,
  contiguousSequence: boolean,
): MovementOutcome {
  const last = entry.lastSequence;
  if (last !== null && movement.sourceSequence <= last) return { applied: false };
  const gap = contiguousSequence && last !== null && movement.sourceSequence > last + 1;
  const target =
    movement.kind === 'SNAPSHOT' && movement.levels
      ? rebaseline(movement.levels)
      : shift(entry.figures, changeOf(movement));
  const { figures, clamped } = clampAtZero(entry.figures, target);
  const problems = [
    ...clamped.map((field) => `${movement.kind} took ${field} to ${target[field]}; held at 0`),
    ...(gap ? [`sequence ${movement.sourceSequence} follows ${last}`] : []),
  ];
  return {
    applied: true,
    entry: {
      ...entry,
      figures,
      quantityScale: movement.quantityScale,
      lastSequence: movement.sourceSequence,
      baselined: entry.baselined || (movement.kind === 'SNAPSHOT' && movement.levels !== null),
    },
    discrepancy: problems.length > 0 ? problems.join('; ') : null,
    snapshotReason: clamped.length > 0 ? 'CONTRADICTION' : gap ? 'SEQUENCE_GAP' : null,
  };
}

/** The owner's absolute figures replace the physical ones; pending is Parity's own and stays. */
export function rebaseline(levels: StockLevels): Physical {
  return { onHand: levels.onHand, allocated: levels.allocated, quarantined: levels.quarantined };
}

function changeOf(movement: StockMovement): Change {
  const quantity = movement.quantity;
  const held = movement.condition === 'QUARANTINE';
  switch (movement.kind) {
    case 'RECEIPT':
    case 'RETURN':
    case 'ADJUSTMENT':
      // On hand counts quarantined stock too, so quarantined stock moves both.
      return held ? { onHand: quantity, quarantined: quantity } : { onHand: quantity };
    case 'ALLOCATION':
      return { allocated: quantity };
    case 'DEALLOCATION':
      return { allocated: -quantity };
    case 'DESPATCH':
      return { onHand: -quantity, allocated: -quantity };
    case 'PICK':
    case 'SNAPSHOT':
      return {};
  }
}

function shift(figures: StockFigures, change: Change): Physical {
  return {
    onHand: figures.onHand + (change.onHand ?? 0),
    allocated: figures.allocated + (change.allocated ?? 0),
    quarantined: figures.quarantined + (change.quarantined ?? 0),
  };
}

const PHYSICAL = ['onHand', 'allocated', 'quarantined'] as const;

function clampAtZero(
  before: StockFigures,
  target: Physical,
): { figures: StockFigures; clamped: (keyof Physical)[] } {
  const clamped = PHYSICAL.filter((field) => target[field] < 0);
  return {
    figures: {
      ...before,
      onHand: Math.max(0, target.onHand),
      allocated: Math.max(0, target.allocated),
      quarantined: Math.max(0, target.quarantined),
    },
    clamped,
  };
}

/**
 * Replaces an entry's physical figures with what its owner says it holds now (a snapshot
 * request answered). The sequence stays: an owner's read is not one of its movements. Returns
 * the new entry, its version raised only if a figure changed, and the drift found, in words.
 */
export function rebaselineFromOwner(
  entry: LedgerEntry,
  levels: StockLevels,
): { readonly entry: LedgerEntry; readonly changed: boolean; readonly drift: string | null } {
  const owner = rebaseline(levels);
  const { figures, clamped } = clampAtZero(entry.figures, owner);
  const drifted = PHYSICAL.filter((field) => entry.figures[field] !== owner[field]);
  // A first baseline publishes even when the figures agree: until now nothing was pushed.
  const changed = drifted.length > 0 || !entry.baselined;
  return {
    entry: {
      ...entry,
      figures,
      version: changed ? entry.version + 1 : entry.version,
      baselined: true,
    },
    changed,
    drift:
      drifted.length > 0
        ? drifted
            .map((field) => `${field} ${entry.figures[field]} -> ${owner[field]}`)
            .concat(clamped.map((field) => `${field} held at 0`))
            .join('; ')
        : null,
  };
}
