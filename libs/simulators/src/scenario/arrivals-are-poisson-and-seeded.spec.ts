import { Rng } from '../platform/rng';
import { arrivals, type ActivityKind } from './arrivals';

const rates: Record<ActivityKind, number> = {
  onlineOrder: 3_000,
  posSale: 7_000,
  return: 0,
  exchange: 0,
  receipt: 60,
  adjustment: 600,
};

describe('arrivals', () => {
  it('replays exactly from a seed', () => {
    const first = [...arrivals(new Rng(42), rates, 600)];
    const second = [...arrivals(new Rng(42), rates, 600)];
    expect(second).toEqual(first);
    expect([...arrivals(new Rng(43), rates, 600)]).not.toEqual(first);
  });

  it('comes in time order, within the duration, and never for a kind at rate 0', () => {
    const timeline = [...arrivals(new Rng(7), rates, 600)];
    const times = timeline.map((a) => a.atSeconds);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline.every((a) => a.atSeconds < 600)).toBe(true);
    expect(timeline.some((a) => a.kind === 'return' || a.kind === 'exchange')).toBe(false);
  });

  it('keeps each kind near its rate over an hour, with exponential gaps', () => {
    const timeline = [...arrivals(new Rng(1), rates, 3_600)];
    const count = (kind: ActivityKind) => timeline.filter((a) => a.kind === kind).length;
    // Poisson: the standard deviation is √rate, so 4σ bounds are safe for a fixed seed.
    expect(Math.abs(count('posSale') - 7_000)).toBeLessThan(4 * Math.sqrt(7_000));
    expect(Math.abs(count('onlineOrder') - 3_000)).toBeLessThan(4 * Math.sqrt(3_000));
    const times = timeline.map((a) => a.atSeconds);
    const gaps = times.slice(1).map((at, i) => at - (times[i] ?? 0));
    const meanGap = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    const shortGaps = gaps.filter((gap) => gap < meanGap).length / gaps.length;
    // For an exponential, P(gap < mean) = 1 − 1/e ≈ 0.632; a fixed spacing would give ~0 or 1.
    expect(shortGaps).toBeGreaterThan(0.6);
    expect(shortGaps).toBeLessThan(0.66);
  });

  it('yields nothing when every rate is zero', () => {
    const none = { ...rates, onlineOrder: 0, posSale: 0, receipt: 0, adjustment: 0 };
    expect([...arrivals(new Rng(1), none, 3_600)]).toEqual([]);
  });
});
