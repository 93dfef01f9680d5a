import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StackConfig } from './config';
import { StackError } from './errors';
import type { Reporter } from './report';
import { stateDir } from './state';

export const LOCK_FILE = 'stack.lock';

/** Long enough for a cold `up` elsewhere, which may be compiling Jaeger. */
const WAIT_MS = 15 * 60_000;

/**
 * Serialises commands that change the stack (up, down, reset) across processes: the test runner and the demo
 * runner may both call stackUp() at once, and two `up`s racing would start two brokers on one port.
 */
export async function withLock<T>(
  config: StackConfig,
  reporter: Reporter,
  action: () => Promise<T>,
): Promise<T> {
  const file = join(stateDir(config), LOCK_FILE);
  const deadline = Date.now() + WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (Date.now() > deadline) {
      throw new StackError(
        `another stack command (pid ${holder ?? '?'}) has held ${file} for too long`,
      );
    }
    if (holder === undefined) {
      // Just created by another process that has not written its pid yet, or just released.
      await sleep(100);
      continue;
    }
    if (!isAlive(holder)) {
      // Left behind by a command that was killed; nobody holds it.
      rmSync(file, { force: true });
      continue;
    }
    if (!announced) {
      reporter.line('stack', 'waiting', `for another stack command to finish (pid ${holder})`);
    }
    announced = true;
    await sleep(500);
  }
  try {
    return await action();
  } finally {
    rmSync(file, { force: true });
  }
}

/** The pid in the lock file, or undefined while it is being created or removed. */
function readHolder(file: string): number | undefined {
  try {
    const pid = parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
