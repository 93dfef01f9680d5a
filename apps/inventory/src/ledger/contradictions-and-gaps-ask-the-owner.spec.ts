import { applyMovement, rebaselineFromOwner } from './apply-movement';
import type { LedgerEntry } from './ledger-entry';
import { planLane } from './lane-plan';
import { movement } from './stock-movement.fixture';
import { depotsOf } from '../depots/inventory-depots.fixture';

const entry: LedgerEntry = {
  sku: 'SKU-1',
  depot: 'WH1',
  figures: { onHand: 2, allocated: 1, quarantined: 0, pending: 0 },
  quantityScale: 0,
  lastSequence: 4,
  version: 1,
  baselined: true,
};

describe('a movement that contradicts the ledger', () => {
  it('applies what is safe, holds figures at zero and says why', () => {
    const outcome = applyMovement(
      entry,
      movement({ sourceSequence: 5, kind: 'DESPATCH', quantity: 3 }),
      false,
    );
    expect(outcome).toEqual({
      applied: true,
      entry: { ...entry, figures: { ...entry.figures, onHand: 0, allocated: 0 }, lastSequence: 5 },
      discrepancy:
        'DESPATCH took onHand to -1; held at 0; DESPATCH took allocated to -2; held at 0',
      snapshotReason: 'CONTRADICTION',
    });
  });
});

describe('a gap in the sequence', () => {
  it('asks for a snapshot only where the owner numbers movements contiguously', () => {
    const late = movement({ sourceSequence: 7, quantity: 1 });
    expect(applyMovement(entry, late, true)).toMatchObject({
      applied: true,
      snapshotReason: 'SEQUENCE_GAP',
      discrepancy: 'sequence 7 follows 4',
    });
    expect(applyMovement(entry, late, false)).toMatchObject({ snapshotReason: null });
  });
});

describe('in a lane', () => {
  const depots = depotsOf([{ code: 'WH1', owner: 'PEOPLEVOX' }]);
  const current = new Map([['WH1:SKU-1', entry]]);

  it('opens one snapshot request per pair and records the discrepancy in the history', () => {
    const plan = planLane(
      [
        movement({ sourceSequence: 5, kind: 'DEALLOCATION', quantity: 2 }),
        movement({ sourceSequence: 6, kind: 'ADJUSTMENT', quantity: -5 }),
      ],
      current,
      depots,
    );
    expect(plan.requests).toEqual([{ sku: 'SKU-1', depot: 'WH1', reason: 'CONTRADICTION' }]);
    expect(plan.history.map((h) => h.discrepancy)).toEqual([
      'DEALLOCATION took allocated to -1; held at 0',
      'ADJUSTMENT took onHand to -3; held at 0',
    ]);
  });

  it('lets a SNAPSHOT movement answer the open request', () => {
    const plan = planLane(
      [
        movement({
          sourceSequence: 5,
          kind: 'SNAPSHOT',
          quantity: 0,
          levels: { onHand: 8, allocated: 1, quarantined: 0 },
        }),
      ],
      current,
      depots,
    );
    expect(plan.requests).toEqual([]);
    expect(plan.resolved).toEqual([{ sku: 'SKU-1', depot: 'WH1' }]);
  });
});

describe("a re-baseline from the owner's figures", () => {
  it('raises the version only when a figure changed, and keeps the sequence', () => {
    const changed = rebaselineFromOwner(entry, { onHand: 5, allocated: 1, quarantined: 0 });
    expect(changed).toEqual({
      entry: { ...entry, figures: { ...entry.figures, onHand: 5 }, version: 2 },
      changed: true,
      drift: 'onHand 2 -> 5',
    });
    expect(rebaselineFromOwner(entry, { onHand: 2, allocated: 1, quarantined: 0 })).toMatchObject({
      changed: false,
      entry,
    });
  });
});
