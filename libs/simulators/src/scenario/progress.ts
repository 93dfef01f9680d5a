import type { ScenarioTally } from './scenario-tally';

export interface ScenarioProgress {
  readonly simulatedSeconds: number;
  readonly events: number;
  readonly wallSeconds: number;
  readonly tally: ScenarioTally;
}

/** One progress line: where the timeline is, and the event rate reached so far. */
export function describeProgress(progress: ScenarioProgress): string {
  const { simulatedSeconds, events, wallSeconds, tally } = progress;
  const perSecond = wallSeconds > 0 ? events / wallSeconds : 0;
  const minutes = Math.floor(simulatedSeconds / 60);
  const seconds = String(Math.floor(simulatedSeconds % 60)).padStart(2, '0');
  return (
    `t+${minutes}:${seconds} simulated, ${events} events in ${wallSeconds.toFixed(1)}s ` +
    `(${perSecond.toFixed(1)} events/s); sales ${tally.done.posSale}, ` +
    `web orders ${tally.done.onlineOrder}, oversells ${tally.oversells.posLines + tally.oversells.onlineLines}`
  );
}
