import { sampleEvents } from '@parity/contracts';
import { catalogueItemOf, catalogueTargetsOf } from './catalogue-item';

const ALL = ['PEOPLEVOX', 'CLARUS', 'SITOO', 'LIGHTSPEED'] as const;

describe('catalogue targets and items', () => {
  it('sends a stock item to every connected target', () => {
    expect(catalogueTargetsOf({ isStockItem: true }, ALL)).toEqual(ALL);
  });

  it('never sends a gift card, service or fee to a warehouse', () => {
    expect(catalogueTargetsOf({ isStockItem: false }, ALL)).toEqual(['SITOO', 'LIGHTSPEED']);
    expect(catalogueTargetsOf({ isStockItem: false }, ['PEOPLEVOX'])).toEqual([]);
  });

  it("names a variant's style by its description without the colour and size, with its siblings", () => {
    const item = {
      ...sampleEvents.erpItemsV1,
      description: 'Linen Shirt Navy Blue 10',
      style: { styleCode: 'LS1', attributes: { Colour: 'Navy Blue', Size: '10' } },
    };
    expect(catalogueItemOf(item, ['LS1-NB-10', 'LS1-NB-12']).style).toEqual({
      code: 'LS1',
      description: 'Linen Shirt',
      attributes: [
        { name: 'Colour', value: 'Navy Blue' },
        { name: 'Size', value: '10' },
      ],
      variantSkus: ['LS1-NB-10', 'LS1-NB-12'],
    });
  });

  it('keeps the whole description when it does not end with the attributes', () => {
    const item = {
      ...sampleEvents.erpItemsV1,
      description: 'Oxford shirt',
      style: { styleCode: 'OX', attributes: { Colour: 'White', Size: 'M' } },
    };
    expect(catalogueItemOf(item).style?.description).toBe('Oxford shirt');
  });
});
