import { chunks } from './catalogue-plan';
import type { CatalogueItem } from './catalogue-port';

const item = (sku: string, style?: string): CatalogueItem => ({
  sku,
  description: sku,
  barcodes: [],
  isStockItem: true,
  status: 'ACTIVE',
  taxCode: 'S',
  unitOfMeasure: 'EA',
  prices: [],
  style: style === undefined ? null : { code: style, description: style, attributes: [] },
});
const skus = (runs: CatalogueItem[][]) => runs.map((run) => run.map((i) => i.sku));

describe('batching items for a target', () => {
  it('keeps a style in one batch, starting a new batch rather than splitting it', () => {
    const items = [item('A'), item('B1', 'B'), item('C'), item('B2', 'B'), item('B3', 'B')];
    expect(skus(chunks(items, 3))).toEqual([['A'], ['B1', 'B2', 'B3'], ['C']]);
    expect(skus(chunks(items, 4))).toEqual([['A', 'B1', 'B2', 'B3'], ['C']]);
  });

  it('splits only a style larger than a batch', () => {
    const items = [item('B1', 'B'), item('B2', 'B'), item('B3', 'B')];
    expect(skus(chunks(items, 2))).toEqual([['B1', 'B2'], ['B3']]);
  });
});
