import { WorldView, worldTablesSchema } from '@parity/world';
import { sweptDepotsOf } from './swept-depots';

const world = new WorldView(
  worldTablesSchema.parse({
    stores: [{ code: 'STH' }, { code: 'MAN' }],
    depots: [
      { code: 'WH1', owner: 'PEOPLEVOX', wms: 'PEOPLEVOX', push: { prima: true } },
      { code: 'WH2', owner: 'CLARUS', wms: 'CLARUS' },
      { code: 'STORE01', owner: 'PRIMA', store: 'STH', push: { sitooWarehouseId: 3 } },
      { code: 'STORE02', owner: 'PRIMA', store: 'MAN', push: { lightspeedShopId: '1' } },
    ],
    vendorLocations: [
      { vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'WH1' },
      { vendor: 'CLARUS', location: 'MAIN', depot: 'WH2' },
      { vendor: 'SITOO', location: '3', depot: 'STORE01', store: 'STH' },
      { vendor: 'LIGHTSPEED', location: '1', depot: 'STORE02', store: 'MAN' },
    ],
  }),
  1,
);

describe('the depots the sweep reads from each vendor', () => {
  it("are the world model's: each WMS depot at its site and at Prima, each Sitoo warehouse pushed to; not Prima's own depots at Prima", () => {
    expect(sweptDepotsOf(world)).toEqual({
      peoplevox: { WH1: 'PrimarySite' },
      clarus: { WH2: 'MAIN' },
      prima: { WH1: 'WH1', WH2: 'WH2' },
      sitoo: { STORE01: 3 },
    });
  });

  it('are none in a world not published yet', () => {
    expect(sweptDepotsOf(WorldView.empty)).toEqual({
      peoplevox: {},
      clarus: {},
      prima: {},
      sitoo: {},
    });
  });
});
