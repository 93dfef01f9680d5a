import { PvxRowError, PvxTemplates } from './peoplevox.templates';

const itemType = (retailPrice: string) =>
  PvxTemplates.itemTypes.parse({
    ItemCode: 'OXF-BLU-M',
    Name: 'Oxford shirt',
    Barcode: '5012345678900',
    Description: '',
    RetailPrice: retailPrice,
  });

describe('a Peoplevox item type’s retail price', () => {
  it.each([
    ['12.5', 1250],
    ['4.35', 435], // 4.35 * 100 is 434.99999999999994 in floating point
    ['19.990', 1999],
    [' 7 ', 700],
    ['-0.01', -1],
  ])('%p is %d pence', (text, pence) => {
    expect(itemType(text).retailPriceMinor).toBe(pence);
  });

  it('is null when Peoplevox has none', () => {
    expect(itemType('').retailPriceMinor).toBeNull();
  });

  it.each(['1.999', '1,50', 'abc'])('refuses %p rather than round or guess', (text) => {
    expect(() => itemType(text)).toThrow(PvxRowError);
  });
});
