import { CpuSampler, type CpuShare } from './cpu-sampler';
import { reportProgress } from '../output';
import { ThroughputMeter } from './throughput-meter';

export interface Measurement {
  readonly events: number;
  readonly seconds: number;
  readonly rate: number;
  /** CPU use from the first event to the target one. */
  readonly cpu: CpuShare;
}

/**
 * Runs a scenario body with a meter for `target` events, printing progress, and samples the
 * CPU over exactly the metered window. A scenario that makes no progress for `stallMs`
 * fails rather than hanging the run.
 */
export async function measure(
  label: string,
  target: number,
  body: (meter: ThroughputMeter) => Promise<void>,
  stallMs = 120_000,
): Promise<Measurement> {
  let sampler: CpuSampler | undefined;
  let cpu: CpuShare | undefined;
  const meter = new ThroughputMeter(target, () => (sampler = new CpuSampler()));
  // Registered before the body awaits `done`, so it runs first: the window ends at the target.
  void meter.done.then(() => (cpu = sampler?.finish()));
  const stopProgress = reportProgress(label, meter);
  const watchdog = stallWatch(label, meter, stallMs);
  try {
    await Promise.race([body(meter), watchdog.stalled]);
  } finally {
    stopProgress();
    watchdog.stop();
  }
  if (!cpu) throw new Error(`${label}: the scenario ended before its ${target}-th event`);
  return { events: Math.min(meter.events, target), seconds: meter.seconds, rate: meter.rate, cpu };
}

function stallWatch(
  label: string,
  meter: ThroughputMeter,
  stallMs: number,
): { stalled: Promise<never>; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    let seen = -1;
    let since = performance.now();
    timer = setInterval(() => {
      if (meter.events !== seen) [seen, since] = [meter.events, performance.now()];
      else if (performance.now() - since > stallMs)
        reject(new Error(`${label}: no progress for ${stallMs / 1000} s at ${seen} events`));
    }, 1_000);
  });
  return { stalled, stop: () => clearInterval(timer) };
}
