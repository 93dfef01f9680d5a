import { depotsOf } from './inventory-depots.fixture';

const world = [
  { code: 'WH1', owner: 'PEOPLEVOX', push: { prima: true } },
  { code: 'WH2', owner: 'CLARUS' },
  {
    code: 'STORE01',
    owner: 'PRIMA',
    store: 'STH',
    push: { sitooWarehouseId: 3, lightspeedShopId: '1' },
  },
] as const;

describe("a depot's pushes", () => {
  it('go to every target the world names, with the till ids it gives', () => {
    const depots = depotsOf(world);
    expect(depots.pushTargets()).toEqual([
      { target: 'PRIMA', depot: 'WH1' },
      { target: 'SITOO', depot: 'STORE01' },
      { target: 'LIGHTSPEED', depot: 'STORE01' },
    ]);
    expect(depots.sitooWarehouseOf('STORE01')).toBe(3);
    expect(depots.lightspeedShopOf('STORE01')).toBe('1');
    expect(depots.unconnected()).toEqual([]);
  });

  it('skip a target inventory has no connection to, and name it as unconnected instead of failing', () => {
    const depots = depotsOf(world, { connected: ['PRIMA', 'SITOO'] });
    expect(depots.pushTargetsOf('STORE01')).toEqual(['SITOO']);
    expect(depots.unconnected()).toEqual([
      { depot: 'STORE01', vendor: 'LIGHTSPEED', need: 'push' },
    ]);
  });
});
