import { depotsOf } from '../depots/inventory-depots.fixture';
import { rebaselineFromOwner } from './apply-movement';
import { planLane } from './lane-plan';
import { emptyEntry } from './ledger-entry';
import { movement } from './stock-movement.fixture';

const warehouse = [{ code: 'WH1', owner: 'PEOPLEVOX' }] as const;
const baselining = depotsOf(warehouse, { baselineFromOwner: true });
const trusting = depotsOf(warehouse, { baselineFromOwner: false });

describe('a SKU × depot seen for the first time', () => {
  it('asks its owner for a baseline, once, when baselining is on: the ledger cannot know what was there before', () => {
    const first = planLane([movement({ kind: 'RECEIPT', quantity: 5 })], new Map(), baselining);
    expect(first.requests).toEqual([{ sku: 'SKU-1', depot: 'WH1', reason: 'BASELINE' }]);
    const [entry] = first.entries;
    if (!entry) throw new Error('expected an entry');
    expect(entry.baselined).toBe(false);
    const again = planLane(
      [movement({ kind: 'RECEIPT', quantity: 1, sourceSequence: 2 })],
      new Map([['WH1:SKU-1', { ...entry, version: 1 }]]),
      baselining,
    );
    expect(again.requests).toEqual([]);
  });

  it('trusts movements from zero when baselining is off', () => {
    const plan = planLane([movement({ kind: 'RECEIPT', quantity: 5 })], new Map(), trusting);
    expect(plan.requests).toEqual([]);
  });

  it('is baselined by a SNAPSHOT movement, which needs no read', () => {
    const plan = planLane(
      [
        movement({
          kind: 'SNAPSHOT',
          quantity: 0,
          levels: { onHand: 9, allocated: 1, quarantined: 0 },
        }),
      ],
      new Map(),
      baselining,
    );
    expect(plan.requests).toEqual([]);
    expect(plan.entries[0]?.baselined).toBe(true);
  });

  it("is published anew by its owner's first answer even when the figures agree, so it gets pushed", () => {
    const entry = { ...emptyEntry('SKU-1', 'WH1'), version: 1 };
    const answered = rebaselineFromOwner(entry, { onHand: 0, allocated: 0, quarantined: 0 });
    expect(answered).toMatchObject({
      changed: true,
      drift: null,
      entry: { baselined: true, version: 2 },
    });
    const again = rebaselineFromOwner(answered.entry, { onHand: 0, allocated: 0, quarantined: 0 });
    expect(again.changed).toBe(false);
  });
});
