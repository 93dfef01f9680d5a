import { sampleStore, sampleWarehouse, sampleWith, sampleWorld } from './sample-world.fixture';
import { worldProblems } from './validate-world';

describe('a depot served by a WMS', () => {
  it('is refused without a location at that WMS, naming the depot', () => {
    const world = sampleWith(
      'vendorLocations',
      sampleWorld.vendorLocations.filter((l) => l.vendor !== 'PEOPLEVOX'),
    );
    expect(worldProblems(world)).toEqual([
      'depots[LON1]: served by PEOPLEVOX but no PEOPLEVOX location maps to it',
    ]);
  });

  it('is refused with two locations at that WMS: inventory would not know which to read', () => {
    const world = sampleWith('vendorLocations', [
      ...sampleWorld.vendorLocations,
      { vendor: 'PEOPLEVOX', location: 'Overflow', depot: 'LON1', store: null },
    ]);
    expect(worldProblems(world)).toEqual([
      'depots[LON1]: PEOPLEVOX locations PrimarySite, Overflow all map to it',
    ]);
  });

  it('is served by the WMS that owns it', () => {
    const world = sampleWith('depots', [{ ...sampleWarehouse, wms: 'CLARUS' }, sampleStore]);
    expect(worldProblems(world)).toEqual([
      'depots[LON1]: owned by PEOPLEVOX, so PEOPLEVOX is the WMS serving it',
      'depots[LON1]: served by CLARUS but no CLARUS location maps to it',
    ]);
  });
});
