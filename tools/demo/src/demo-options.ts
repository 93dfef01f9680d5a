import type { ScenarioPresetName } from '@parity/simulators';

export interface DemoOptions {
  readonly scenario: ScenarioPresetName;
  /** Simulated minutes of trading (the peak preset plays 12 of them per wall-clock minute). */
  readonly minutes: number;
  readonly keepRunning: boolean;
}

const PRESETS: readonly ScenarioPresetName[] = ['clean', 'peak', 'dirty'];

/** `npm start -- [--scenario clean|peak|dirty] [--minutes N (24)] [--keep-running]`. */
export function parseDemoOptions(args: readonly string[]): DemoOptions {
  let scenario: ScenarioPresetName = 'peak';
  let minutes = 24;
  let keepRunning = false;
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
    } else throw new Error(`unknown option ${arg}`);
  }
  return { scenario, minutes, keepRunning };
}
