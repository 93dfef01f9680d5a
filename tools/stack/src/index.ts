/**
 * Programmatic API of the local stack, for the test runner and the demo runner, which call it in-process:
 *
 *   const env = await stackUp();            // idempotent; resolves once everything is healthy
 *   Object.assign(process.env, env);        // or hand env to the services you spawn
 *
 * Progress lines go to stderr unless a reporter is given (silentReporter to mute them).
 */
import { type ComponentName, loadConfig } from './config';
import type { StackEnv } from './env';
import { consoleReporter, type Reporter } from './report';
import * as stack from './stack';

export type { ComponentName } from './config';
export type { StackEnv } from './env';
export { StackError } from './errors';
export { consoleReporter, silentReporter, type Reporter } from './report';
export type { StatusEntry } from './stack';

export interface StackOptions {
  /** Where ports, PARITY_* and DATABASE_URL settings are read from; defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv;
  readonly reporter?: Reporter;
}

const reporterOf = (options: StackOptions): Reporter =>
  options.reporter ?? consoleReporter(process.stderr);

/** Provisions and starts whatever is not running yet, waits for health, writes .stack/stack.env and returns its values. */
export function stackUp(options: StackOptions = {}): Promise<StackEnv> {
  return stack.up(loadConfig(options.env), reporterOf(options));
}

/** Stops exactly the processes `stackUp` started. */
export function stackDown(options: StackOptions = {}): Promise<void> {
  return stack.down(loadConfig(options.env), reporterOf(options));
}

/** Stops everything and deletes all stack data (Kafka logs, databases and roles, state dir). */
export function stackReset(options: StackOptions = {}): Promise<void> {
  return stack.reset(loadConfig(options.env), reporterOf(options));
}

/** Stops one component (`stackUp` starts it again): for outage tests and rehearsals. */
export function stackStop(name: ComponentName, options: StackOptions = {}): Promise<void> {
  return stack.stop(loadConfig(options.env), reporterOf(options), name);
}

export function stackStatus(options: StackOptions = {}): Promise<stack.StatusEntry[]> {
  return stack.status(loadConfig(options.env), reporterOf(options));
}

/** The connection settings, without starting anything (same values as .stack/stack.env). */
export function stackEnv(options: Pick<StackOptions, 'env'> = {}): StackEnv {
  return stack.env(loadConfig(options.env));
}
