import { ZodError } from 'zod';
import { scenarioConfig } from './scenario-presets';

describe('scenario configuration', () => {
  it('gives clean no bad data and dirty the same peak rates plus bad data', () => {
    const clean = scenarioConfig('clean');
    const peak = scenarioConfig('peak');
    const dirty = scenarioConfig('dirty');
    expect(Object.values(clean.badData).every((rate) => rate === 0)).toBe(true);
    expect(dirty.rates).toEqual(peak.rates);
    expect(dirty.badData.taxMismatch + dirty.badData.totalsMismatch).toBeCloseTo(0.02);
    expect(peak.stores.sitoo + peak.stores.lightspeed).toBe(85);
  });

  it('lays overrides one level deep over the preset', () => {
    const config = scenarioConfig('peak', { speed: 600, rates: { posSalesPerHour: 10 } });
    expect(config.speed).toBe(600);
    expect(config.rates.posSalesPerHour).toBe(10);
    expect(config.rates.onlineOrdersPerHour).toBe(3_000);
  });

  it('refuses a sale carrying more than one fault at a time, and naming no store', () => {
    expect(() =>
      scenarioConfig('dirty', { badData: { unknownSku: 0.6, taxMismatch: 0.6 } }),
    ).toThrow(ZodError);
    expect(() => scenarioConfig('clean', { stores: { sitoo: 0, lightspeed: 0 } })).toThrow(
      /at least one store/,
    );
  });

  it('refuses two warehouses with one depot code, and keys it does not know', () => {
    const twice = { depotCode: 'WH1', wms: 'peoplevox', site: 'PrimarySite' } as const;
    expect(() => scenarioConfig('clean', { warehouses: [twice, twice] })).toThrow(/unique/);
    expect(() => scenarioConfig('clean', { tills: 3 } as never)).toThrow(ZodError);
  });
});
