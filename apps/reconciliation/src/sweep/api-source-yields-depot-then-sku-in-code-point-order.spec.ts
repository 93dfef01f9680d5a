import { ApiSnapshotSource, type SkuFigures } from './api-snapshot-source';
import { sweepSource } from './sweep-source';
import type { ViewRow } from './view-rows';

const figures = (sku: string): SkuFigures => ({ sku, onHand: 0, allocated: 0, ats: null });

async function* inVendorOrder(skus: readonly string[]): AsyncGenerator<SkuFigures> {
  for (const sku of skus) yield figures(sku);
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

describe('an API snapshot source', () => {
  // Each depot's vendor location pages its SKUs in its own order.
  const skusAt: Record<string, string[]> = {
    'site-b': ['b-2', 'B-1', 'a'],
    'site-wh': ['Z', '10', '9', 'z', 'É'],
    'site-wh1': ['m'],
  };
  const asked: string[] = [];
  const source = new ApiSnapshotSource(
    'PEOPLEVOX',
    { WH1: 'site-wh1', B: 'site-b', WH: 'site-wh' },
    (site) => {
      asked.push(site);
      return inVendorOrder(skusAt[site] ?? []);
    },
  );

  it('covers its depots in code-point order', () => {
    expect(source.depots).toEqual(['B', 'WH', 'WH1']);
  });

  it('reads each depot at its location and yields it by SKU in code-point order, depot by depot', async () => {
    const rows = await collect(source.rows());
    expect(rows.map((r) => `${r.depot}/${r.sku}`)).toEqual([
      'B/B-1',
      'B/a',
      'B/b-2',
      'WH/10',
      'WH/9',
      'WH/Z',
      'WH/z',
      'WH/É',
      'WH1/m',
    ]);
    expect(asked.slice(-3)).toEqual(['site-b', 'site-wh', 'site-wh1']);
  });

  it('is in the order the sweep merge-joins with the view', async () => {
    async function* view(): AsyncGenerator<ViewRow> {
      yield {
        depot: 'WH',
        sku: '9',
        stockOwner: 'PEOPLEVOX',
        parityOnHand: 0,
        parityAllocated: 0,
        parityAts: 0,
        primaAts: 0,
        wmsLastEventId: null,
        wmsLastEventAt: null,
      };
    }
    // Nine, not ten: the view's WH/9 met the source's; an out-of-order row would have thrown.
    const counts = await sweepSource(view(), source, 0, () => undefined);
    expect(counts).toEqual({ compared: 9, drifted: 0, notInPrimaAts: 0 });
  });
});
