import { sampleWith, sampleWorld } from './sample-world.fixture';
import { worldProblems } from './validate-world';

describe('a reference to a row the world does not have', () => {
  it('refuses a Lightspeed shop mapped to an unknown store', () => {
    const world = sampleWith('vendorLocations', [
      ...sampleWorld.vendorLocations,
      { vendor: 'LIGHTSPEED', location: '7', depot: 'STORE01', store: 'NOWHERE' },
    ]);
    expect(worldProblems(world)).toEqual(['vendorLocations[LIGHTSPEED:7]: unknown store NOWHERE']);
  });

  it('refuses a location mapped to an unknown depot', () => {
    const world = sampleWith('vendorLocations', [
      ...sampleWorld.vendorLocations,
      { vendor: 'CLARUS', location: 'MAIN', depot: 'WH9', store: null },
    ]);
    expect(worldProblems(world)).toEqual(['vendorLocations[CLARUS:MAIN]: unknown depot WH9']);
  });

  it('refuses a tax class mapped to an unknown VAT code', () => {
    const world = sampleWith('taxClasses', [
      ...sampleWorld.taxClasses,
      { vendor: 'SITOO', taxClass: '500', vatCode: 'R5' },
    ]);
    expect(worldProblems(world)).toEqual(['taxClasses[SITOO:500]: unknown VAT code R5']);
  });

  it('refuses a tender mapped to an unknown payment method', () => {
    const world = sampleWith('tenders', [
      { vendor: 'SITOO', tender: 'giftcard', paymentMethod: 'VOUCHER' },
    ]);
    expect(worldProblems(world)).toEqual([
      'tenders[SITOO:giftcard]: unknown payment method VOUCHER',
    ]);
  });
});
