import { loadavg } from 'node:os';
import type { ThroughputMeter } from './measure/throughput-meter';

/** A line for the person watching; results go through the same stream, at the end. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export const fmt = {
  int: (n: number) => Math.round(n).toLocaleString('en-GB'),
  fixed: (n: number, digits = 1) => n.toFixed(digits),
};

/**
 * Prints a scenario's progress every few seconds (events so far, the rate since the first
 * event and over the last interval, the machine's load), until the returned stop is called.
 */
export function reportProgress(label: string, meter: ThroughputMeter, everyMs = 5_000): () => void {
  let lastEvents = 0;
  let lastAt = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const recent = ((meter.events - lastEvents) / (now - lastAt)) * 1000;
    [lastEvents, lastAt] = [meter.events, now];
    say(
      `  ${label.padEnd(9)} ${fmt.int(meter.events).padStart(10)} / ${fmt.int(meter.target)}` +
        `  ${fmt.int(meter.rate).padStart(7)} events/s overall, ${fmt.int(recent).padStart(7)} recent` +
        `  load ${fmt.fixed(loadavg()[0] ?? 0, 2)}`,
    );
  }, everyMs);
  return () => clearInterval(timer);
}
