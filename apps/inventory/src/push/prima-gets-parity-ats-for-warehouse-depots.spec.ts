import type { Availability } from '@parity/contracts';
import { depotsOf } from '../depots/inventory-depots.fixture';
import { primaPushesOf } from './availability-pushes';
import { primaRowOf } from './prima-pusher';
import type { ClaimedPush } from './push-target';

const availability = (depot: string, sku: string, figures: Partial<Availability>) =>
  ({
    header: { occurredAt: 1_000 },
    depot,
    sku,
    onHand: 10,
    ats: 5,
    quantityScale: 0,
    version: 3,
    ...figures,
  }) as Availability;

describe('pushes to Prima', () => {
  it('queues only warehouse depots that push to Prima, with the lane movements behind each', () => {
    const depots = depotsOf([
      { code: 'WH1', owner: 'PEOPLEVOX', push: { prima: true } },
      { code: 'WH2', owner: 'CLARUS' },
    ]);
    const pushes = primaPushesOf(
      [availability('WH1', 'A', {}), availability('WH2', 'A', {})],
      [
        { sku: 'A', depot: 'WH1' },
        { sku: 'A', depot: 'WH1' },
        { sku: 'A', depot: 'WH2' },
      ],
      depots,
    );
    expect(pushes).toEqual([
      {
        target: 'PRIMA',
        depot: 'WH1',
        sku: 'A',
        version: 3,
        ats: 5,
        onHand: 10,
        quantityScale: 0,
        changedAt: 1_000,
        movements: 2,
      },
    ]);
  });

  it("sends what the warehouse holds back as allocated, leaving Prima's own orders to Prima, so Prima's ATS is Parity's", () => {
    // 10 on hand, 4 available: 2 are Prima's own orders (pending), 4 the warehouse holds back.
    const push = {
      payload: { depot: 'WH1', sku: 'A', onHand: 10, ats: 4, pending: 2 },
      version: 7,
    } as ClaimedPush;
    const row = primaRowOf(push);
    expect(row).toEqual({
      depotCode: 'WH1',
      itemCode: 'A',
      quantityOnHand: 10,
      quantityAllocated: 4,
      sourceVersion: 7,
    });
    const primasOwnAllocations = 2;
    expect(row.quantityOnHand - row.quantityAllocated - primasOwnAllocations).toBe(
      push.payload.ats,
    );
  });
});
