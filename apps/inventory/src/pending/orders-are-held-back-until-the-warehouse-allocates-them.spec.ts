import { depotsOf } from '../depots/inventory-depots.fixture';
import { planLane } from '../ledger/lane-plan';
import { depotSkuKey, emptyEntry, type LedgerEntry } from '../ledger/ledger-entry';
import { availableToSell } from '../ledger/stock-figures';
import { movement } from '../ledger/stock-movement.fixture';
import { withReservation } from './apply-reservation';
import { noReservation, reservationKey, type Reservation } from './reservation';

const depots = depotsOf([{ code: 'WH1', owner: 'PEOPLEVOX' }]);
const stocked: LedgerEntry = {
  ...emptyEntry('SKU-1', 'WH1'),
  figures: { onHand: 10, allocated: 0, quarantined: 0, pending: 0 },
  lastSequence: 1,
  version: 1,
  baselined: true,
};
const ordered = (units: number, cancelled = false): Reservation => ({
  ...noReservation('SO-1', 'SKU-1', 'WH1'),
  ordered: units,
  cancelled,
});

describe('an approved Prima order for a warehouse depot', () => {
  it('lowers available-to-sell before the warehouse knows of it, and a repeat changes nothing', () => {
    const promised = withReservation(stocked, undefined, ordered(3));
    expect(availableToSell(promised.figures, 0)).toBe(7);
    expect(withReservation(promised, ordered(3), ordered(3))).toBe(promised);
  });

  it('gives the units back when cancelled', () => {
    const promised = withReservation(stocked, undefined, ordered(3));
    const cancelled = withReservation(promised, ordered(3), ordered(3, true));
    expect(availableToSell(cancelled.figures, 0)).toBe(10);
  });

  it('once allocated by the warehouse, counts once: pending becomes allocated', () => {
    const promised = withReservation(stocked, undefined, ordered(3));
    const lane = planLane(
      [movement({ kind: 'ALLOCATION', quantity: 3, sourceSequence: 2, orderNo: 'SO-1' })],
      new Map([[depotSkuKey(promised), promised]]),
      depots,
      new Map([[reservationKey(ordered(3)), ordered(3)]]),
    );
    const [entry] = lane.entries;
    expect(entry?.figures).toMatchObject({ onHand: 10, allocated: 3, pending: 0 });
    expect(availableToSell(entry?.figures ?? stocked.figures, 0)).toBe(7);
    expect(lane.reservations).toEqual([{ ...ordered(3), allocated: 3 }]);
    // Nothing changed for a reader of ATS, but the figures did: one new version.
    expect(lane.changed).toHaveLength(1);
  });

  it('allocated before the order event arrives, is not held back twice', () => {
    const lane = planLane(
      [movement({ kind: 'ALLOCATION', quantity: 2, sourceSequence: 2, orderNo: 'SO-1' })],
      new Map([[depotSkuKey(stocked), stocked]]),
      depots,
    );
    const [reservation] = lane.reservations;
    expect(reservation).toMatchObject({ ordered: 0, allocated: 2 });
    const [entry] = lane.entries;
    if (!entry || !reservation) throw new Error('expected the allocation to apply');
    const late = withReservation(entry, reservation, { ...reservation, ordered: 2 });
    expect(late.figures).toMatchObject({ allocated: 2, pending: 0 });
  });

  it('short-picked (deallocated) while still open, is held back again', () => {
    const allocated = { ...ordered(3), allocated: 3 };
    const lane = planLane(
      [movement({ kind: 'DEALLOCATION', quantity: 1, sourceSequence: 2, orderNo: 'SO-1' })],
      new Map([
        [
          depotSkuKey(stocked),
          { ...stocked, figures: { ...stocked.figures, allocated: 3 } } satisfies LedgerEntry,
        ],
      ]),
      depots,
      new Map([[reservationKey(allocated), allocated]]),
    );
    expect(lane.entries[0]?.figures).toMatchObject({ allocated: 2, pending: 1 });
  });
});
