import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StackError } from './errors';

/** What `up` records about a process it started, so `down` can stop that process and no other. */
interface PidRecord {
  readonly pid: number;
  /** The exact argv; /proc/<pid>/cmdline must still equal it, otherwise the pid was reused by something else. */
  readonly argv: readonly string[];
  readonly startedAt: string;
}

export type Inspection =
  | { readonly state: 'running'; readonly pid: number }
  | { readonly state: 'none' }
  /** A pid file whose process is gone or is now a different program; `forget()` removes it. */
  | { readonly state: 'stale'; readonly pid: number };

export interface Started {
  readonly pid: number;
  /** Settles only if the process ends, with a description such as "exited with code 1". */
  readonly exited: Promise<string>;
}

/** A long-running server process started in the background, with its pid file and log file in the state dir. */
export class ManagedProcess {
  readonly pidFile: string;
  readonly logFile: string;

  constructor(dir: string, name: string) {
    this.pidFile = join(dir, `${name}.pid`);
    this.logFile = join(dir, `${name}.log`);
  }

  inspect(): Inspection {
    const record = this.readRecord();
    if (!record) return { state: 'none' };
    return { state: sameProcess(record) ? 'running' : 'stale', pid: record.pid };
  }

  /** Drops a stale pid file, so the pid (now free, or someone else's) is never signalled. */
  forget(): void {
    rmSync(this.pidFile, { force: true });
  }

  /**
   * Starts `argv` detached (its own process group, so Ctrl-C on the CLI or the end of a test run leaves it
   * alone) with stdout and stderr appended to the log file, and records its pid.
   */
  async start(
    argv: readonly string[],
    options: { env: NodeJS.ProcessEnv; cwd: string },
  ): Promise<Started> {
    const out = openSync(this.logFile, 'a', 0o600);
    // A banner per start makes restarts easy to find in the log; argv never carries secrets (they go via env).
    writeSync(
      out,
      `\n===== ${new Date().toISOString()} started by tools/stack: ${argv.join(' ')}\n`,
    );
    const child = spawn(argv[0], argv.slice(1), {
      ...options,
      detached: true,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    const spawned = new Promise<number>((resolvePid, reject) => {
      child.once('spawn', () => resolvePid(child.pid as number));
      child.once('error', (error) =>
        reject(new StackError(`could not start ${argv[0]}: ${error.message}`)),
      );
    });
    const exited = new Promise<string>((resolveExit) =>
      child.once('exit', (code, signal) =>
        resolveExit(signal ? `was killed by ${signal}` : `exited with code ${code}`),
      ),
    );
    const pid = await spawned;
    child.unref();
    const record: PidRecord = { pid, argv, startedAt: new Date().toISOString() };
    writeFileSync(`${this.pidFile}.tmp`, JSON.stringify(record) + '\n', { mode: 0o600 });
    renameSync(`${this.pidFile}.tmp`, this.pidFile);
    return { pid, exited };
  }

  /** SIGTERM, then SIGKILL once `timeoutMs` has passed. Returns the signal that ended it, or undefined if none was needed. */
  async stop(timeoutMs: number): Promise<'SIGTERM' | 'SIGKILL' | undefined> {
    const found = this.inspect();
    if (found.state !== 'running') return undefined;
    let signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM';
    process.kill(found.pid, signal);
    if (!(await waitForExit(found.pid, timeoutMs))) {
      signal = 'SIGKILL';
      process.kill(found.pid, signal);
      if (!(await waitForExit(found.pid, 5_000))) {
        throw new StackError(`pid ${found.pid} survived SIGKILL`);
      }
    }
    rmSync(this.pidFile, { force: true });
    return signal;
  }

  /** The end of the log, for error messages when a process dies or never turns healthy. */
  logTail(lines = 20): string {
    if (!existsSync(this.logFile)) return '';
    const text = readFileSync(this.logFile, 'utf8');
    return text
      .slice(-64 * 1024)
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .join('\n');
  }

  private readRecord(): PidRecord | undefined {
    try {
      return JSON.parse(readFileSync(this.pidFile, 'utf8')) as PidRecord;
    } catch {
      return undefined;
    }
  }
}

function sameProcess(record: PidRecord): boolean {
  if (!isAlive(record.pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${record.pid}/cmdline`, 'utf8').split('\0');
    cmdline.pop(); // cmdline ends with a NUL, which leaves one empty element.
    return (
      cmdline.length === record.argv.length && cmdline.every((arg, i) => arg === record.argv[i])
    );
  } catch {
    return false;
  }
}

/** Alive means it exists and is not a zombie waiting for its parent (possible when the API started it in-process). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}
