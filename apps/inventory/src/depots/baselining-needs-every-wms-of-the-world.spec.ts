import { depotsOf } from './inventory-depots.fixture';

const world = [
  { code: 'WH1', owner: 'PEOPLEVOX' },
  { code: 'WH2', owner: 'CLARUS' },
  { code: 'STORE01', owner: 'PRIMA' },
] as const;

describe('baselining new pairs from their owner', () => {
  it('is on by default while every WMS owning a depot in the world is connected', () => {
    const unset = { baselineFromOwner: undefined };
    expect(depotsOf(world, { ...unset, connected: ['PEOPLEVOX', 'CLARUS'] }).requireBaseline).toBe(
      true,
    );
    expect(depotsOf(world, { ...unset, connected: ['PEOPLEVOX'] }).requireBaseline).toBe(false);
    // A world of store depots alone has no WMS to ask.
    expect(depotsOf([{ code: 'STORE01', owner: 'PRIMA' }], unset).requireBaseline).toBe(false);
  });

  it('asked for outright, names each depot whose WMS it cannot read, and stays on', () => {
    const depots = depotsOf(world, { baselineFromOwner: true, connected: ['PEOPLEVOX'] });
    expect(depots.requireBaseline).toBe(true);
    expect(depots.unconnected()).toEqual([{ depot: 'WH2', vendor: 'CLARUS', need: 'baseline' }]);
  });

  it('turned off, trusts the movements whatever is connected', () => {
    expect(depotsOf(world, { baselineFromOwner: false }).requireBaseline).toBe(false);
  });
});
