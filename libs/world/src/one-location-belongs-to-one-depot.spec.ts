import { sampleStore, sampleWith, sampleWorld } from './sample-world.fixture';
import { worldProblems } from './validate-world';

describe('a vendor location', () => {
  it('is refused when listed twice, whichever depots the copies claim it for', () => {
    const world = sampleWith('vendorLocations', [
      ...sampleWorld.vendorLocations,
      { vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'STORE01', store: null },
    ]);
    expect(worldProblems(world)).toContain('vendorLocations[PEOPLEVOX:PrimarySite]: listed twice');
  });

  it("is pushed to by one depot only: two depots' figures would overwrite each other", () => {
    const world = {
      ...sampleWith('depots', [...sampleWorld.depots, { ...sampleStore, code: 'STORE02' }]),
    };
    expect(worldProblems(world)).toEqual([
      'depots[STORE02]: pushes to till location SITOO:3, already pushed by STORE01',
      'depots[STORE02]: pushes to till location LIGHTSPEED:1, already pushed by STORE01',
    ]);
  });

  it('at a till names the store it sells for', () => {
    const world = sampleWith('vendorLocations', [
      ...sampleWorld.vendorLocations,
      { vendor: 'SITOO', location: '9', depot: 'STORE01', store: null },
    ]);
    expect(worldProblems(world)).toEqual([
      'vendorLocations[SITOO:9]: a till location names its store',
    ]);
  });
});
