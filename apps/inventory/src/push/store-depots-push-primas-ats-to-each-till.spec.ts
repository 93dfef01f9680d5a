import { sampleEvents, type ErpStockLevel } from '@parity/contracts';
import { depotsOf } from '../depots/inventory-depots.fixture';
import { tillPushesOf } from './till-pushes';

const depots = depotsOf([
  { code: 'WH1', owner: 'PEOPLEVOX', push: { prima: true } },
  {
    code: 'STORE01',
    owner: 'PRIMA',
    store: 'STH',
    push: { sitooWarehouseId: 3, lightspeedShopId: '1' },
  },
  { code: 'STORE02', owner: 'PRIMA', store: 'MAN' },
]);

const level = (depot: string): ErpStockLevel => ({
  ...sampleEvents.erpStockLevelsV1,
  depot,
  onHand: 8,
  ats: 7,
  modifiedAt: Date.UTC(2026, 10, 20, 10, 36),
});

describe("Prima's store-depot stock levels", () => {
  it("go to each till of the depot as Prima's available-to-sell, versioned by Prima's change", () => {
    const changedAt = Date.UTC(2026, 10, 20, 10, 36);
    const common = { depot: 'STORE01', sku: 'TEE-NVY-M', ats: 7, onHand: 8, pending: 0 };
    expect(tillPushesOf([level('STORE01')], depots)).toEqual([
      { ...common, target: 'SITOO', version: changedAt, changedAt, quantityScale: 0, movements: 1 },
      {
        ...common,
        target: 'LIGHTSPEED',
        version: changedAt,
        changedAt,
        quantityScale: 0,
        movements: 1,
      },
    ]);
  });

  it('push nothing for a depot without tills, one Prima does not own, or one not in the world', () => {
    expect(tillPushesOf([level('STORE02'), level('WH1'), level('NOPE')], depots)).toEqual([]);
  });

  it('push nothing to a till inventory has no connection to', () => {
    const sitooOnly = depotsOf(
      [
        {
          code: 'STORE01',
          owner: 'PRIMA',
          store: 'STH',
          push: { sitooWarehouseId: 3, lightspeedShopId: '1' },
        },
      ],
      { connected: ['PRIMA', 'SITOO'] },
    );
    expect(tillPushesOf([level('STORE01')], sitooOnly).map((p) => p.target)).toEqual(['SITOO']);
  });
});
