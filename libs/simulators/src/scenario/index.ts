export { ScenarioDriver, type ScenarioDriverOptions } from './scenario-driver';
export {
  scenarioConfigSchema,
  badDataTypes,
  type BadDataType,
  type ScenarioConfig,
  type ScenarioConfigInput,
} from './scenario-config';
export {
  scenarioConfig,
  scenarioPresets,
  type ScenarioOverrides,
  type ScenarioPresetName,
} from './scenario-presets';
export type { ScenarioTally } from './scenario-tally';
export type { SeededStore, SeededWorld, TillVendor } from './seeded-world';
export { worldModelOf } from './parity-settings';
export type { TillLine } from './tills';
