import { sampleEvents, type ErpStockLevel } from '@parity/contracts';
import type { DepotMap } from '../depots/depot-settings';
import { tillPushesOf } from './till-pushes';

const depots: DepotMap = {
  WH1: { owner: 'PEOPLEVOX', location: 'PrimarySite', push: { prima: true } },
  STORE01: {
    owner: 'PRIMA',
    store: 'STH',
    push: { sitoo: { warehouseId: 3 }, lightspeed: { shopId: '1' } },
  },
  STORE02: { owner: 'PRIMA', store: 'MAN' },
};

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

  it('push nothing for a depot without tills, one Prima does not own, or one not configured', () => {
    expect(tillPushesOf([level('STORE02'), level('WH1'), level('NOPE')], depots)).toEqual([]);
  });
});
