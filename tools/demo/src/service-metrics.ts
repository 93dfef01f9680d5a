import { services, type ServiceName } from '@parity/launcher';

/** One Prometheus sample: a metric name, its labels and value. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** A service's /metrics, parsed (the text exposition format; comments skipped). */
export async function scrape(service: ServiceName): Promise<Sample[]> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${services[service]}/metrics`)).text();
    return text
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map(parseSample)
      .filter((sample): sample is Sample => sample !== undefined);
  } catch {
    return [];
  }
}

const SAMPLE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

function parseSample(line: string): Sample | undefined {
  const match = SAMPLE.exec(line);
  if (!match?.[1] || !match[3]) return undefined;
  const labels: Record<string, string> = {};
  for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) {
    if (key) labels[key] = value ?? '';
  }
  return { name: match[1], labels, value: Number(match[3]) };
}

/** The sum of a metric's samples whose labels include `where`. */
export function total(
  samples: readonly Sample[],
  name: string,
  where: Readonly<Record<string, string>> = {},
): number {
  return samples
    .filter((s) => s.name === name)
    .filter((s) => Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

/**
 * A percentile from a Prometheus histogram's cumulative buckets (`<name>_bucket{le=…}`): the
 * upper bound of the first bucket holding that share of observations; undefined when empty.
 */
export function histogramPercentile(
  samples: readonly Sample[],
  name: string,
  q: number,
  where: Readonly<Record<string, string>> = {},
): number | undefined {
  const buckets = new Map<number, number>();
  const matching = samples.filter(
    (s) =>
      s.name === `${name}_bucket` && Object.entries(where).every(([k, v]) => s.labels[k] === v),
  );
  for (const s of matching) {
    const le = s.labels['le'] === '+Inf' ? Infinity : Number(s.labels['le']);
    buckets.set(le, (buckets.get(le) ?? 0) + s.value);
  }
  const ordered = [...buckets.entries()].sort(([a], [b]) => a - b);
  const count = ordered.at(-1)?.[1] ?? 0;
  if (count === 0) return undefined;
  return ordered.find(([, cumulative]) => cumulative >= q * count)?.[0];
}

/** Waits until a service holds the world model version made at `changedAt` or a later one. */
export async function waitForWorldVersion(
  service: ServiceName,
  changedAt: Date,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const held = total(await scrape(service), 'parity_world_model_changed_at_seconds');
    if (held * 1000 >= changedAt.getTime()) return;
    await new Promise((poll) => setTimeout(poll, 200));
  }
  throw new Error(`${service} did not take the world model made at ${changedAt.toISOString()}`);
}
