import { sampleEvents } from '@parity/contracts';
import { WorldView } from './world-view';

describe('the lookups of a world version', () => {
  const world = WorldView.of(sampleEvents.worldModelV1);

  it('map vendor locations to depots and stores, and depots to owners and WMS locations', () => {
    expect(world.version).toBe(3);
    expect(world.depotOfVendorLocation('PEOPLEVOX', 'PrimarySite')).toBe('LON1');
    expect(world.depotOfVendorLocation('LIGHTSPEED', '1')).toBe('STORE01');
    expect(world.storeOfShop('LIGHTSPEED', '1')).toBe('CG');
    expect(world.storeOfShop('LIGHTSPEED', '2')).toBeUndefined();
    expect(world.ownerOf('LON1')).toBe('PEOPLEVOX');
    expect(world.wmsOf('LON1')).toEqual({ wms: 'PEOPLEVOX', location: 'PrimarySite' });
    expect(world.wmsOf('STORE01')).toBeUndefined();
  });

  it('map till variants, tax classes, tenders and non-stock items to Prima', () => {
    expect(world.skuOfVariant('LIGHTSPEED', '210000000123')).toBe('TEE-NVY-M');
    expect(world.vatCodeOf('SITOO', '2000')).toBe('S20');
    expect(world.vatCodeOf('LIGHTSPEED', '2000')).toBeUndefined();
    expect(world.paymentMethodOf('LIGHTSPEED', 'Credit Card')).toBe('CARD');
    expect(world.nonStockItem('LIGHTSPEED', 'GIFTWRAP')).toEqual({
      vendor: 'LIGHTSPEED',
      itemId: 'GIFTWRAP',
      primaItem: 'NONSTOCK',
      glCode: '4010',
    });
  });
});
