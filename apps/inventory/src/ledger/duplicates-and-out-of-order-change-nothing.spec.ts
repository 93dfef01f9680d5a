import { applyMovement } from './apply-movement';
import type { LedgerEntry } from './ledger-entry';
import { planLane } from './lane-plan';
import { movement } from './stock-movement.fixture';
import { depotsOf } from '../depots/inventory-depots.fixture';

const depots = depotsOf([{ code: 'WH1', owner: 'PEOPLEVOX' }]);

const entry: LedgerEntry = {
  sku: 'SKU-1',
  depot: 'WH1',
  figures: { onHand: 10, allocated: 0, quarantined: 0, pending: 0 },
  quantityScale: 0,
  lastSequence: 5,
  version: 2,
  baselined: true,
};

describe('a movement not above the last applied sequence', () => {
  it('is skipped, whether a duplicate or late', () => {
    expect(applyMovement(entry, movement({ sourceSequence: 5, quantity: 3 }), false)).toEqual({
      applied: false,
    });
    expect(applyMovement(entry, movement({ sourceSequence: 2, quantity: 3 }), false)).toEqual({
      applied: false,
    });
  });

  it('in a lane, is counted as stale and neither written, versioned nor published', () => {
    const plan = planLane(
      [movement({ sourceSequence: 6, quantity: 1 }), movement({ sourceSequence: 6, quantity: 1 })],
      new Map([['WH1:SKU-1', entry]]),
      depots,
    );
    expect(plan.stale).toBe(1);
    expect(plan.history).toHaveLength(1);
    expect(plan.changed.map((c) => c.entry)).toEqual([
      { ...entry, figures: { ...entry.figures, onHand: 11 }, lastSequence: 6, version: 3 },
    ]);
  });
});
