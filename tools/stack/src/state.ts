import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from './config';

/**
 * A directory under the state dir, created on demand. Mode 0700 because the state holds
 * generated passwords and configs that embed them.
 */
export function stateDir(config: StackConfig, ...parts: string[]): string {
  mkdirSync(config.stateDir, { recursive: true, mode: 0o700 });
  const dir = join(config.stateDir, ...parts);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Writes a whole file or nothing (temp file + rename), so a crash never leaves a truncated config or secret behind. */
export function writeFileAtomic(path: string, content: string, mode = 0o600): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, content, { mode });
  renameSync(temp, path);
}
