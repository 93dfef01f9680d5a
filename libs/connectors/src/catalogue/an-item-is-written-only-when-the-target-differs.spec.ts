import { planItem, type HeldItem } from './catalogue-plan';
import type { CatalogueItem } from './catalogue-port';

const item: CatalogueItem = {
  sku: 'OXF-NAV-M',
  description: 'Oxford shirt Navy M',
  barcodes: ['5012345000001'],
  isStockItem: true,
  status: 'ACTIVE',
  taxCode: 'S',
  unitOfMeasure: 'EA',
  prices: [{ priceList: 'RETAIL', currency: 'GBP', unitPriceMinor: 4500, includesTax: true }],
  style: null,
};
const wanted = { fields: { title: item.description, price: '4500' } };
const held = (fields: Record<string, string>, retired = false): HeldItem<string> => ({
  record: 'record',
  vendorRef: '77',
  fields,
  retired,
});

describe('what an item needs at a target', () => {
  it('is nothing when the target already holds it as asked', () => {
    expect(planItem(item, held(wanted.fields), wanted)).toEqual({
      kind: 'DONE',
      outcome: { sku: item.sku, outcome: 'UNCHANGED', vendorRef: '77' },
    });
  });

  it('is a create when the target has no such SKU', () => {
    expect(planItem(item, undefined, wanted)).toMatchObject({ kind: 'CREATE' });
  });

  it('is an update when one field differs, or the item was retired and is active again', () => {
    expect(planItem(item, held({ ...wanted.fields, price: '3900' }), wanted)).toMatchObject({
      kind: 'UPDATE',
    });
    expect(planItem(item, held(wanted.fields, true), wanted)).toMatchObject({ kind: 'UPDATE' });
  });

  it('is a retirement once discontinued, and nothing more once retired', () => {
    const gone = { ...item, status: 'DISCONTINUED' as const };
    expect(planItem(gone, held(wanted.fields), wanted)).toMatchObject({ kind: 'RETIRE' });
    expect(planItem(gone, held(wanted.fields, true), wanted)).toMatchObject({
      kind: 'DONE',
      outcome: { outcome: 'UNCHANGED' },
    });
    expect(planItem(gone, undefined, wanted)).toMatchObject({
      kind: 'DONE',
      outcome: { outcome: 'RETIRED', vendorRef: '' },
    });
  });

  it('is a refusal, with its reason, when the target cannot be asked to hold it', () => {
    expect(planItem(item, undefined, { refused: 'Prima tax code S has no tax class' })).toEqual({
      kind: 'DONE',
      outcome: { sku: item.sku, outcome: 'REFUSED', reason: 'Prima tax code S has no tax class' },
    });
  });
});
