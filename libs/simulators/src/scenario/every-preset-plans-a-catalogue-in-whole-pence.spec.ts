import { Rng } from '../platform/rng';
import { planCatalogue } from './catalogue-plan';
import { scenarioConfig, scenarioPresets, type ScenarioPresetName } from './scenario-presets';

describe('the planned catalogue', () => {
  it.each(Object.keys(scenarioPresets) as ScenarioPresetName[])(
    'of the %s scenario prices every item in whole pence, net and gross',
    (preset) => {
      const plan = planCatalogue(scenarioConfig(preset), new Rng(1));
      const items = [...plan.variants, ...plan.nonStock, plan.genericNonStock];
      for (const item of items) {
        expect(Number.isInteger(item.grossMinor)).toBe(true);
        expect(Number.isInteger(item.netMinor)).toBe(true);
      }
    },
  );
});
