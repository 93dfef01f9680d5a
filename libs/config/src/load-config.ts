import { z } from 'zod';
import { ConfigError } from './config-error';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parses the environment against a schema once, at boot. Every bad key is reported
 * together (not just the first) so one restart fixes them all; values are never echoed,
 * because some of them are secrets.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env): Readonly<z.output<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map(describeIssue));
  }
  return Object.freeze(parsed.data);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.join('.') || '(root)';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `${key} is required but not set`;
  }
  return `${key}: ${issue.message}`;
}
