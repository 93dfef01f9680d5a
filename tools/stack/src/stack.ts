import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentName, StackConfig } from './config';
import type { Component, ComponentStatus } from './components/component';
import { JaegerComponent } from './components/jaeger';
import { KafkaComponent } from './components/kafka';
import { PostgresComponent } from './components/postgres';
import { RegistryComponent } from './components/registry';
import { computeEnv, type StackEnv, writeEnvFile } from './env';
import { ComponentFailures, describeError, StackError } from './errors';
import { LOCK_FILE, withLock } from './lock';
import { elapsed, type Reporter } from './report';

interface Components {
  readonly postgres: PostgresComponent;
  readonly kafka: KafkaComponent;
  readonly jaeger: JaegerComponent;
  readonly registry: RegistryComponent;
}

function components(config: StackConfig): Components {
  const postgres = new PostgresComponent(config);
  return {
    postgres,
    kafka: new KafkaComponent(config),
    jaeger: new JaegerComponent(config),
    registry: new RegistryComponent(config, postgres),
  };
}

/** Display order, which is also start order: the registry stores its schemas in PostgreSQL. */
function inOrder(c: Components): Component[] {
  return [c.postgres, c.kafka, c.jaeger, c.registry];
}

/**
 * Runs `action` on each component concurrently and waits for all of them, so one failure does not leave a
 * sibling half-started unreported. Each failure gets a `failed` line; the full messages end up in one error.
 */
async function each(
  reporter: Reporter,
  targets: Component[],
  action: (component: Component) => Promise<void>,
): Promise<void> {
  const failures: { component: string; message: string }[] = [];
  await Promise.all(
    targets.map(async (component) => {
      try {
        await action(component);
      } catch (error) {
        // A StackError explains itself; anything else is a bug, and its stack trace is the useful part.
        const message =
          error instanceof StackError || !(error instanceof Error)
            ? describeError(error)
            : String(error.stack);
        reporter.line(component.name, 'failed', message.split('\n')[0]);
        failures.push({ component: component.name, message });
      }
    }),
  );
  if (failures.length > 0) throw new ComponentFailures(failures);
}

/**
 * Preflight everything (fail fast, before anything starts), fill the cache, then start:
 * PostgreSQL first, then Kafka, Jaeger and the registry together (the registry needs only PostgreSQL).
 */
export function up(config: StackConfig, reporter: Reporter): Promise<StackEnv> {
  return withLock(config, reporter, async () => {
    const startedAt = Date.now();
    const c = components(config);
    const all = inOrder(c);
    await each(reporter, all, (component) => component.preflight());
    await each(reporter, all, (component) => component.provision(reporter));
    await each(reporter, [c.postgres], (component) => component.up(reporter));
    await each(reporter, [c.kafka, c.jaeger, c.registry], (component) => component.up(reporter));
    if (c.kafka.formattedThisRun) await c.postgres.resetParityDatabase(reporter);
    const env = computeEnv(config, c.postgres);
    const file = writeEnvFile(config, env);
    reporter.line('stack', 'up', `${elapsed(startedAt)}  env written to ${file}`);
    return env;
  });
}

export function down(config: StackConfig, reporter: Reporter): Promise<void> {
  return withLock(config, reporter, () => stopAll(components(config), reporter));
}

/**
 * Stops one component and leaves the rest running, to rehearse an outage (a broker gone while
 * edge keeps accepting webhooks); `up` starts it again.
 */
export function stop(config: StackConfig, reporter: Reporter, name: ComponentName): Promise<void> {
  return withLock(config, reporter, () =>
    each(reporter, [components(config)[name]], (component) => component.down(reporter)),
  );
}

/** Reverse start order, so nothing loses a dependency while it is still running. */
async function stopAll(c: Components, reporter: Reporter): Promise<void> {
  await each(reporter, [c.registry], (component) => component.down(reporter));
  await each(reporter, [c.kafka, c.jaeger], (component) => component.down(reporter));
  await each(reporter, [c.postgres], (component) => component.down(reporter));
}

/** down, then delete all data: Kafka's log dirs, the Parity databases and roles, and the whole state dir. Caches stay. */
export function reset(config: StackConfig, reporter: Reporter): Promise<void> {
  return withLock(config, reporter, async () => {
    const c = components(config);
    await stopAll(c, reporter);
    await each(reporter, inOrder(c), (component) => component.wipe(reporter));
    for (const entry of readdirSync(config.stateDir)) {
      if (entry !== LOCK_FILE) {
        rmSync(join(config.stateDir, entry), { recursive: true, force: true });
      }
    }
    reporter.line(
      'stack',
      'wiped',
      `${config.stateDir} (secrets, stack.env, configs; the cache ${config.cacheDir} is kept)`,
    );
  });
}

export interface StatusEntry extends ComponentStatus {
  readonly name: ComponentName;
}

/** Read-only, so it takes no lock: status must answer even while an `up` is busy. */
export async function status(config: StackConfig, reporter: Reporter): Promise<StatusEntry[]> {
  const entries = await Promise.all(
    inOrder(components(config)).map(async (component): Promise<StatusEntry> => {
      try {
        return { name: component.name, ...(await component.status()) };
      } catch (error) {
        return {
          name: component.name,
          healthy: false,
          state: 'unknown',
          detail: describeError(error),
        };
      }
    }),
  );
  for (const entry of entries) reporter.line(entry.name, entry.state, entry.detail);
  return entries;
}

export function env(config: StackConfig): StackEnv {
  return computeEnv(config, components(config).postgres);
}

export async function logFiles(config: StackConfig, only?: ComponentName): Promise<string[]> {
  const selected = inOrder(components(config)).filter(
    (component) => only === undefined || component.name === only,
  );
  return (await Promise.all(selected.map((component) => component.logFiles()))).flat();
}
