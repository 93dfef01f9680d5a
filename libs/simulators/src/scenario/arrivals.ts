import type { Rng } from '../platform/rng';

export type ActivityKind =
  'onlineOrder' | 'posSale' | 'return' | 'exchange' | 'receipt' | 'adjustment';

export interface Arrival {
  /** Simulated seconds since the timeline began. */
  readonly atSeconds: number;
  readonly kind: ActivityKind;
}

/**
 * Poisson arrivals of every kind merged into one timeline: the gap to the next event is
 * exponential at the total rate, and its kind is drawn in proportion to the kinds' rates
 * (competing exponentials). Two draws per event from `rng`, so a seed fixes the timeline.
 */
export function* arrivals(
  rng: Rng,
  ratesPerHour: Readonly<Record<ActivityKind, number>>,
  durationSeconds: number,
): Generator<Arrival> {
  const kinds = (Object.keys(ratesPerHour) as ActivityKind[]).filter((k) => ratesPerHour[k] > 0);
  const totalPerSecond = kinds.reduce((sum, kind) => sum + ratesPerHour[kind], 0) / 3_600;
  if (totalPerSecond === 0) return;
  let atSeconds = 0;
  for (;;) {
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    atSeconds += -Math.log(1 - rng.next()) / totalPerSecond;
    if (atSeconds >= durationSeconds) return;
    yield { atSeconds, kind: pickByRate(rng.next(), kinds, ratesPerHour) };
  }
}

function pickByRate(
  uniform: number,
  kinds: readonly ActivityKind[],
  ratesPerHour: Readonly<Record<ActivityKind, number>>,
): ActivityKind {
  const total = kinds.reduce((sum, kind) => sum + ratesPerHour[kind], 0);
  let threshold = uniform * total;
  for (const kind of kinds) {
    threshold -= ratesPerHour[kind];
    if (threshold < 0) return kind;
  }
  return kinds[kinds.length - 1] as ActivityKind;
}
