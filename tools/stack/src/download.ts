import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Reporter, elapsed } from './report';

/**
 * Makes sure `target` (a directory in the cache) exists, producing it with `produce` if not.
 * `produce` fills a scratch directory next to it, which is renamed into place only when it succeeds, so an
 * interrupted download or build never leaves a half-filled cache entry that a later run would trust.
 * Two stacks provisioning at once each work in their own scratch directory; the loser of the rename discards its copy.
 */
export async function ensureCached(
  target: string,
  step: { reporter: Reporter; component: string; verb: 'fetching' | 'building'; what: string },
  produce: (scratchDir: string) => Promise<void>,
): Promise<void> {
  if (existsSync(target)) return;
  const startedAt = Date.now();
  step.reporter.line(step.component, step.verb, step.what);
  mkdirSync(dirname(target), { recursive: true });
  const scratch = `${target}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  try {
    await produce(scratch);
    try {
      renameSync(scratch, target);
    } catch (error) {
      if (!existsSync(target)) throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  step.reporter.line(
    step.component,
    step.verb === 'fetching' ? 'fetched' : 'built',
    `${target} ${elapsed(startedAt)}`,
  );
}
