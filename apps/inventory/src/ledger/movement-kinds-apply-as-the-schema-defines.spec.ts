import type { StockMovement } from '@parity/contracts';
import { applyMovement } from './apply-movement';
import type { LedgerEntry } from './ledger-entry';
import { movement } from './stock-movement.fixture';

const entry: LedgerEntry = {
  sku: 'SKU-1',
  depot: 'WH1',
  figures: { onHand: 20, allocated: 5, quarantined: 2, pending: 1 },
  quantityScale: 0,
  lastSequence: 1,
  version: 3,
  baselined: true,
};

function figuresAfter(fields: Partial<StockMovement>) {
  const outcome = applyMovement(entry, movement({ sourceSequence: 2, ...fields }), false);
  if (!outcome.applied) throw new Error('expected the movement to apply');
  return outcome.entry.figures;
}

describe('each movement kind', () => {
  it.each<[string, Partial<StockMovement>, object]>([
    ['RECEIPT raises on hand', { kind: 'RECEIPT', quantity: 3 }, { onHand: 23 }],
    [
      'RECEIPT into quarantine raises on hand and quarantined',
      { kind: 'RECEIPT', quantity: 3, condition: 'QUARANTINE' },
      { onHand: 23, quarantined: 5 },
    ],
    ['ALLOCATION raises allocated', { kind: 'ALLOCATION', quantity: 3 }, { allocated: 8 }],
    ['DEALLOCATION lowers allocated', { kind: 'DEALLOCATION', quantity: 3 }, { allocated: 2 }],
    ['PICK changes nothing', { kind: 'PICK', quantity: 3 }, {}],
    [
      'DESPATCH lowers on hand and allocated',
      { kind: 'DESPATCH', quantity: 3 },
      { onHand: 17, allocated: 2 },
    ],
    ['ADJUSTMENT is signed', { kind: 'ADJUSTMENT', quantity: -4 }, { onHand: 16 }],
    [
      'ADJUSTMENT of quarantined stock moves both',
      { kind: 'ADJUSTMENT', quantity: -2, condition: 'QUARANTINE' },
      { onHand: 18, quarantined: 0 },
    ],
    ['RETURN of sellable stock raises on hand', { kind: 'RETURN', quantity: 1 }, { onHand: 21 }],
    [
      'RETURN into quarantine is held back',
      { kind: 'RETURN', quantity: 1, condition: 'QUARANTINE' },
      { onHand: 21, quarantined: 3 },
    ],
    [
      'SNAPSHOT re-baselines from its levels and keeps pending',
      { kind: 'SNAPSHOT', quantity: 0, levels: { onHand: 9, allocated: 1, quarantined: 0 } },
      { onHand: 9, allocated: 1, quarantined: 0 },
    ],
  ])('%s', (_, fields, change) => {
    expect(figuresAfter(fields)).toEqual({ ...entry.figures, ...change });
  });

  it('records the sequence applied and leaves the version to the lane', () => {
    const outcome = applyMovement(entry, movement({ sourceSequence: 7 }), false);
    expect(outcome).toMatchObject({ applied: true, entry: { lastSequence: 7, version: 3 } });
  });
});
