import { depotsOf } from './inventory-depots.fixture';

const depots = depotsOf(
  [
    { code: 'WH1', owner: 'PEOPLEVOX', wms: 'PEOPLEVOX' },
    { code: 'WH2', owner: 'CLARUS', wms: 'CLARUS', contiguousSequence: true },
    { code: 'STORE01', owner: 'PRIMA', store: 'STH' },
  ],
  {
    vendorLocations: [
      { vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'WH1' },
      { vendor: 'CLARUS', location: 'MAIN', depot: 'WH2' },
      { vendor: 'SITOO', location: '3', depot: 'STORE01', store: 'STH' },
    ],
  },
);

describe("inventory's depots, from the world model", () => {
  it("name each depot's owner, and none for a depot the world does not have", () => {
    expect(['WH1', 'WH2', 'STORE01', 'NOWHERE'].map((d) => depots.ownerOf(d))).toEqual([
      'PEOPLEVOX',
      'CLARUS',
      'PRIMA',
      undefined,
    ]);
  });

  it("read a WMS depot at its WMS's location of it, and a Prima depot under its own code", () => {
    expect(depots.ownerLocation('WH1')).toBe('PrimarySite');
    expect(depots.ownerLocation('WH2')).toBe('MAIN');
    expect(depots.ownerLocation('STORE01')).toBe('STORE01');
    expect(depots.ownerLocation('NOWHERE')).toBeUndefined();
  });

  it('know which owners number movements contiguously (off unless the world says so) and each store', () => {
    expect(depots.contiguousSequence('WH1')).toBe(false);
    expect(depots.contiguousSequence('WH2')).toBe(true);
    expect(depots.storeOf('STORE01')).toBe('STH');
    expect(depots.storeOf('WH1')).toBeUndefined();
  });
});
