import { scenarioPresets, type ScenarioPresetName } from '@parity/simulators';

export interface DemoOptions {
  readonly scenario: ScenarioPresetName;
  /** Simulated minutes of trading (the peak preset plays 12 of them per wall-clock minute). */
  readonly minutes: number;
  readonly keepRunning: boolean;
  /**
   * Push available-to-sell in batches every this many simulated minutes instead of near real
   * time: the design `npm run bench -- oversell` compares Parity with.
   */
  readonly atsBatchMinutes?: number;
  /** Also write the summary's figures here, as JSON (for the oversell benchmark). */
  readonly summaryJson?: string;
}

const PRESETS = Object.keys(scenarioPresets) as ScenarioPresetName[];

/**
 * `npm start -- [--scenario clean|peak|dirty|sellout] [--minutes N (24)] [--keep-running]
 *   [--ats-batch-minutes N] [--summary-json FILE]`.
 */
export function parseDemoOptions(args: readonly string[]): DemoOptions {
  let scenario: ScenarioPresetName = 'peak';
  let minutes = 24;
  let keepRunning = false;
  let atsBatchMinutes: number | undefined;
  let summaryJson: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--keep-running') keepRunning = true;
    else if (arg === '--scenario') {
      const value = args[++i] as ScenarioPresetName;
      if (!PRESETS.includes(value)) throw new Error(`--scenario takes ${PRESETS.join(', ')}`);
      scenario = value;
    } else if (arg === '--minutes') {
      minutes = Number(args[++i]);
      if (!(minutes > 0)) throw new Error('--minutes takes a positive number');
    } else if (arg === '--ats-batch-minutes') {
      atsBatchMinutes = Number(args[++i]);
      if (!(atsBatchMinutes > 0)) throw new Error('--ats-batch-minutes takes a positive number');
    } else if (arg === '--summary-json') {
      summaryJson = args[++i];
      if (!summaryJson) throw new Error('--summary-json takes a file name');
    } else throw new Error(`unknown option ${arg}`);
  }
  return { scenario, minutes, keepRunning, atsBatchMinutes, summaryJson };
}
