import { WorldView, worldTablesSchema, type WorldModelProvider } from '@parity/world';
import type { InventorySettings } from '../inventory.config';
import { InventoryWorld } from './inventory-world';

const warnings: Record<string, unknown>[] = [];
jest.mock('@parity/telemetry', () => ({
  ...jest.requireActual('@parity/telemetry'),
  createLogger: () => ({
    warn: (_: string, fields: Record<string, unknown>) => warnings.push(fields),
  }),
}));

/** A world model provider whose versions the spec publishes. */
class Worlds {
  private view = WorldView.empty;
  private readonly listeners: ((view: WorldView) => void)[] = [];
  readonly provider = {
    current: () => this.view,
    onChange: (listener: (view: WorldView) => void) => this.listeners.push(listener),
  } as unknown as WorldModelProvider;

  publish(depots: Record<string, unknown>[], version: number): void {
    this.view = new WorldView(worldTablesSchema.parse({ depots }), version);
    for (const listener of this.listeners) listener(this.view);
  }
}

const store = (push: Record<string, unknown>) => ({
  code: 'STORE01',
  owner: 'PRIMA',
  store: 'STH',
  push,
});

describe('a world asking for pushes inventory has no connection for', () => {
  it('is reported once per depot × vendor while it lasts, and again if it comes back', () => {
    const worlds = new Worlds();
    // Prima and Sitoo connected; no Lightspeed.
    const settings = {
      vendors: { prima: {}, sitoo: {} },
      baselineFromOwner: undefined,
    } as unknown as InventorySettings;
    const world = new InventoryWorld(worlds.provider, settings);
    world.onApplicationBootstrap();
    worlds.publish([store({ sitooWarehouseId: 3, lightspeedShopId: '1' })], 1);
    worlds.publish([store({ sitooWarehouseId: 4, lightspeedShopId: '1' })], 2);
    expect(warnings.map((w) => `${w['depot']}:${w['vendor']}`)).toEqual(['STORE01:LIGHTSPEED']);
    expect(world.current().pushTargetsOf('STORE01')).toEqual(['SITOO']);

    worlds.publish([store({ sitooWarehouseId: 4 })], 3);
    worlds.publish([store({ sitooWarehouseId: 4, lightspeedShopId: '2' })], 4);
    expect(warnings).toHaveLength(2);
  });
});
