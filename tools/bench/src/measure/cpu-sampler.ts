import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** Who used the CPU during a scenario, in percent of one core (200 % = both cores busy). */
export interface CpuShare {
  readonly machine: number;
  readonly bench: number;
  readonly kafka: number;
  readonly postgres: number;
  /** Everything else: the registry, Jaeger, other engineers' tests. */
  readonly other: number;
  readonly cores: number;
  /** The 1-minute load average at the end. */
  readonly load1: number;
}

type Owner = 'bench' | 'kafka' | 'postgres';

interface Snapshot {
  readonly at: number;
  readonly busyTicks: number;
  readonly byOwner: Readonly<Record<Owner, number>>;
}

// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every platform we run on.
const TICKS_PER_SECOND = 100;

/**
 * Reads /proc before and after a scenario, so the results say where the two shared cores
 * went: this process, the Kafka broker, PostgreSQL (all backends), or anything else. That
 * is the evidence for "where the time goes" and for spotting a disturbed run.
 */
export class CpuSampler {
  private readonly first = snapshot();

  finish(): CpuShare {
    const last = snapshot();
    const seconds = (last.at - this.first.at) / 1000;
    const share = (ticks: number) => (ticks / TICKS_PER_SECOND / seconds) * 100;
    const owned = (owner: Owner) => share(last.byOwner[owner] - this.first.byOwner[owner]);
    const machine = share(last.busyTicks - this.first.busyTicks);
    const [bench, kafka, postgres] = [owned('bench'), owned('kafka'), owned('postgres')];
    return {
      machine,
      bench,
      kafka,
      postgres,
      other: Math.max(0, machine - bench - kafka - postgres),
      cores: cpus().length,
      load1: loadavg()[0] ?? 0,
    };
  }
}

function snapshot(): Snapshot {
  // "cpu  user nice system idle iowait irq softirq steal ..." summed over all cores.
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const busyTicks = fields.slice(0, 8).reduce((a, b) => a + b, 0) - idle;
  const byOwner: Record<Owner, number> = { bench: 0, kafka: 0, postgres: 0 };
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const usage = processUsage(pid);
    if (usage) byOwner[usage.owner] += usage.ticks;
  }
  return { at: performance.now(), busyTicks, byOwner };
}

function processUsage(pid: string): { owner: Owner; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ..." where comm may hold spaces; utime and stime are fields 14 and 15.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(rest[11]) + Number(rest[12]);
    const owner = ownerOf(pid, comm);
    return owner ? { owner, ticks } : undefined;
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function ownerOf(pid: string, comm: string): Owner | undefined {
  if (Number(pid) === process.pid) return 'bench';
  if (comm.startsWith('postgres')) return 'postgres';
  if (comm !== 'java') return undefined;
  // The registry is a JVM too; only the broker runs kafka.Kafka.
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  return cmdline.includes('kafka.Kafka') ? 'kafka' : undefined;
}
