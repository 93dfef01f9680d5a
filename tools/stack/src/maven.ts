import { StackError } from './errors';
import { exec, lastLines } from './exec';
import type { Need } from './prereq';
import { requireCommand } from './prereq';

export function mavenNeed(neededBy: string): Need {
  return { neededBy: `${neededBy}, to fetch it from Maven Central`, fix: 'apt-get install maven' };
}

/**
 * Runs Maven quietly in batch mode (no colours, no prompts). Artifacts land in ~/.m2 as usual, so a second clone
 * or a wiped Parity cache costs a copy, not a download. `coordinates` names what was being resolved in the error.
 */
export async function runMaven(
  args: readonly string[],
  options: { coordinates: string; neededBy: string; cwd: string; env: NodeJS.ProcessEnv },
): Promise<void> {
  const mvn = requireCommand('mvn', mavenNeed(options.neededBy), options.env);
  const result = await exec(mvn, ['-q', '-B', ...args], { cwd: options.cwd, env: options.env });
  if (result.code === 0) return;
  // With -q Maven prints only errors, on stdout; the first [ERROR] lines carry the cause, the rest is boilerplate.
  const output = `${result.stdout}\n${result.stderr}`;
  const errors = output
    .split('\n')
    .filter((line) => line.startsWith('[ERROR]') && line.trim() !== '[ERROR]')
    .map((line) => line.replace(/^\[ERROR\]\s*/, ''))
    .filter((line) => !line.startsWith('->') && !/^(To see|Re-run|For more|\[Help)/.test(line));
  const cause = errors.length > 0 ? errors.slice(0, 3).join(' / ') : lastLines(output, 5);
  throw new StackError(`Maven could not resolve ${options.coordinates}: ${cause}`);
}
