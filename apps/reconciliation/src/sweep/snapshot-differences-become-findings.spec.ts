import { compareStock } from './compare-stock';
import type { SnapshotRow } from './stock-snapshot-source';
import type { ViewRow } from './view-rows';

const view: ViewRow = {
  depot: 'WH1',
  sku: 'SKU-1',
  stockOwner: 'PEOPLEVOX',
  parityOnHand: 10,
  parityAllocated: 2,
  parityAts: 8,
  primaAts: 8,
  wmsLastEventId: 'pvx-7',
  wmsLastEventAt: new Date('2026-11-22T09:00:00Z'),
};
const wms = (onHand: number, allocated: number): SnapshotRow => ({
  depot: 'WH1',
  sku: 'SKU-1',
  onHand,
  allocated,
  ats: null,
});
const pair = (left: ViewRow | undefined, right: SnapshotRow | undefined) => ({
  key: 'WH1 SKU-1',
  left,
  right,
});

describe('comparing the view with a snapshot', () => {
  it('finds nothing when the WMS agrees', () => {
    expect(compareStock(pair(view, wms(10, 2)), 'PEOPLEVOX', 0)).toEqual([]);
  });

  it('finds on-hand and allocated drift beyond the tolerance only', () => {
    expect(compareStock(pair(view, wms(12, 2)), 'PEOPLEVOX', 2)).toEqual([]);
    const findings = compareStock(pair(view, wms(13, 5)), 'PEOPLEVOX', 2);
    expect(findings.map((f) => [f.kind, f.measure, f.systemSays, f.paritySays])).toEqual([
      ['DRIFT', 'onHand', 13, 10],
      ['DRIFT', 'allocated', 5, 2],
    ]);
  });

  it('counts a SKU missing on one side as zero there', () => {
    expect(compareStock(pair(view, undefined), 'PEOPLEVOX', 0)[0]).toMatchObject({
      measure: 'onHand',
      systemSays: 0,
      paritySays: 10,
    });
  });

  it('lists warehouse stock that Prima offers none of', () => {
    const findings = compareStock(pair(undefined, wms(3, 0)), 'PEOPLEVOX', 0);
    expect(findings.map((f) => [f.kind, f.systemSays])).toEqual([
      ['DRIFT', 3],
      ['NOT_IN_PRIMA_ATS', 3],
    ]);
  });

  it("compares Prima's and a till's snapshot by available-to-sell", () => {
    const prima: SnapshotRow = { depot: 'WH1', sku: 'SKU-1', onHand: 99, allocated: null, ats: 5 };
    expect(compareStock(pair(view, prima), 'PRIMA', 0)).toMatchObject([
      { kind: 'DRIFT', measure: 'ats', systemSays: 5, paritySays: 8 },
    ]);
  });
});
