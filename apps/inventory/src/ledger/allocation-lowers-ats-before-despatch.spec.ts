import type { StockMovement } from '@parity/contracts';
import { applyMovement } from './apply-movement';
import { emptyEntry, type LedgerEntry } from './ledger-entry';
import { availableToSell } from './stock-figures';
import { movement } from './stock-movement.fixture';

/** Applies movements numbered on from the entry's last sequence. */
function after(entry: LedgerEntry, ...moves: Partial<StockMovement>[]): LedgerEntry {
  return moves.reduce((current, fields) => {
    const sourceSequence = (current.lastSequence ?? 0) + 1;
    const outcome = applyMovement(current, movement({ ...fields, sourceSequence }), false);
    if (!outcome.applied) throw new Error('expected the movement to apply');
    return outcome.entry;
  }, entry);
}

describe('an allocation', () => {
  const received = after(emptyEntry('SKU-1', 'WH1'), { kind: 'RECEIPT', quantity: 10 });

  it('lowers available-to-sell at once, and the despatch leaves it where it is', () => {
    const allocated = after(received, { kind: 'ALLOCATION', quantity: 4 });
    expect(availableToSell(allocated.figures, 0)).toBe(6);
    const picked = after(allocated, { kind: 'PICK', quantity: 4 });
    expect(picked.figures).toEqual(allocated.figures);
    const despatched = after(picked, { kind: 'DESPATCH', quantity: 4 });
    expect(despatched.figures).toMatchObject({ onHand: 6, allocated: 0 });
    expect(availableToSell(despatched.figures, 0)).toBe(6);
  });

  it('released by a deallocation gives the units back', () => {
    const released = after(
      received,
      { kind: 'ALLOCATION', quantity: 4 },
      { kind: 'DEALLOCATION', quantity: 4 },
    );
    expect(availableToSell(released.figures, 0)).toBe(10);
  });
});
