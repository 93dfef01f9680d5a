import { planLane } from './lane-plan';
import { movement } from './stock-movement.fixture';
import { depotsOf } from '../depots/inventory-depots.fixture';

const depots = depotsOf([
  { code: 'WH1', owner: 'PEOPLEVOX' },
  { code: 'WH2', owner: 'CLARUS' },
]);

describe('a lane of movements', () => {
  const plan = planLane(
    [
      movement({ sku: 'A', sourceSequence: 1, kind: 'RECEIPT', quantity: 10 }),
      movement({ sku: 'A', sourceSequence: 2, kind: 'ALLOCATION', quantity: 3 }),
      movement({ sku: 'A', depot: 'WH2', sourceSequence: 1, kind: 'RECEIPT', quantity: 4 }),
      movement({ sku: 'B', sourceSequence: 1, kind: 'PICK', quantity: 1 }),
      movement({ sku: 'A', sourceSequence: 3, kind: 'DESPATCH', quantity: 3 }),
    ],
    new Map(),
    depots,
  );

  it('applies every movement in order and keeps each in the history', () => {
    expect(plan.history.map((h) => `${h.depot}:${h.sku}:${h.sourceSequence}`)).toEqual([
      'WH1:A:1',
      'WH1:A:2',
      'WH2:A:1',
      'WH1:B:1',
      'WH1:A:3',
    ]);
  });

  it('raises each changed pair one version, once, with the movement that last changed it', () => {
    expect(
      plan.changed.map(({ entry, lastMovement }) => ({
        key: `${entry.depot}:${entry.sku}`,
        onHand: entry.figures.onHand,
        allocated: entry.figures.allocated,
        version: entry.version,
        cause: lastMovement.sourceSequence,
      })),
    ).toEqual([
      { key: 'WH1:A', onHand: 7, allocated: 0, version: 1, cause: 3 },
      { key: 'WH2:A', onHand: 4, allocated: 0, version: 1, cause: 1 },
    ]);
  });

  it('writes a pair whose figures did not change (its sequence moved) without a new version', () => {
    expect(plan.entries.find((e) => e.sku === 'B')).toMatchObject({ lastSequence: 1, version: 0 });
  });
});
