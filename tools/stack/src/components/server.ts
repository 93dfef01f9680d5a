import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentName, Port, StackConfig } from '../config';
import { describeError, StackError } from '../errors';
import { assertPortsFree, waitUntilHealthy } from '../health';
import { ManagedProcess } from '../process';
import { elapsed, type Reporter } from '../report';
import { stateDir } from '../state';
import type { Component, ComponentStatus } from './component';

export interface Command {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

/** Environment variables a server may inherit. The rest (DATABASE_URL with its password, JAVA_TOOL_OPTIONS, QUARKUS_*…) stays out. */
const INHERITED_ENV = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR'];

export function serverEnv(config: StackConfig, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of INHERITED_ENV) {
    if (config.env[name] !== undefined) env[name] = config.env[name];
  }
  return { ...env, ...extra };
}

/**
 * The lifecycle shared by Kafka, Jaeger and the registry: a process the stack starts in the background,
 * tracks by pid file, health-checks and stops. Subclasses say how to provision, configure and probe it.
 */
export abstract class ServerComponent implements Component {
  abstract readonly name: ComponentName;
  /** Product and version, e.g. "Kafka 4.1.2", for messages. */
  protected abstract readonly label: string;
  /** How long a cold start may take on a slow 2-core machine; PARITY_UP_TIMEOUT overrides it. */
  protected abstract readonly defaultTimeoutMs: number;

  constructor(protected readonly config: StackConfig) {}

  abstract preflight(): Promise<void>;
  abstract provision(reporter: Reporter): Promise<void>;
  /** Every port the server binds, all on 127.0.0.1. */
  protected abstract ports(): Port[];
  /** The addresses to show in status lines. */
  protected abstract endpoint(): string;
  /** Resolves when the server answers like a healthy one. */
  protected abstract probe(): Promise<void>;
  /** Writes configs, prepares data dirs and returns the command line that starts the server. */
  protected abstract prepare(reporter: Reporter): Promise<Command>;

  protected get dir(): string {
    return join(this.config.stateDir, this.name);
  }

  protected get process(): ManagedProcess {
    return new ManagedProcess(this.dir, this.name);
  }

  async up(reporter: Reporter): Promise<void> {
    const startedAt = Date.now();
    const proc = this.process;
    const found = proc.inspect();
    if (found.state === 'running') {
      if (await this.isHealthy()) {
        reporter.line(this.name, 'up', `${this.endpoint()}  pid ${found.pid}  (already running)`);
        return;
      }
      // Running but not healthy yet, typically because another `up` started it moments ago: give it the normal time.
      reporter.line(this.name, 'waiting', `pid ${found.pid} is running but not healthy yet`);
      await this.waitHealthy(proc, found.pid);
      reporter.line(this.name, 'up', `${this.endpoint()}  pid ${found.pid}  ${elapsed(startedAt)}`);
      return;
    }
    if (found.state === 'stale') {
      proc.forget();
      reporter.line(
        this.name,
        'stale',
        `stale pid file: pid ${found.pid} is not ${this.name} any more; starting afresh`,
      );
    }
    await assertPortsFree(this.label, this.ports());
    stateDir(this.config, this.name);
    const command = await this.prepare(reporter);
    const started = await proc.start(command.argv, { env: command.env, cwd: this.dir });
    reporter.line(this.name, 'starting', `pid ${started.pid}, log ${proc.logFile}`);
    try {
      await this.waitHealthy(proc, started.pid, started.exited);
    } catch (error) {
      // A half-started server would only confuse the next `up`; its log stays for the post-mortem.
      await proc.stop(this.config.stopTimeoutMs);
      proc.forget();
      throw error;
    }
    reporter.line(this.name, 'up', `${this.endpoint()}  pid ${started.pid}  ${elapsed(startedAt)}`);
  }

  async down(reporter: Reporter): Promise<void> {
    const startedAt = Date.now();
    const proc = this.process;
    const found = proc.inspect();
    if (found.state === 'none') {
      reporter.line(this.name, 'down', 'was not running');
      return;
    }
    if (found.state === 'stale') {
      proc.forget();
      reporter.line(
        this.name,
        'down',
        `stale pid file: pid ${found.pid} is not ${this.name} any more (file removed, nothing signalled)`,
      );
      return;
    }
    const signal = await proc.stop(this.config.stopTimeoutMs);
    reporter.line(
      this.name,
      'stopped',
      `pid ${found.pid} (${signal ?? 'exited by itself'}) ${elapsed(startedAt)}`,
    );
  }

  async status(): Promise<ComponentStatus> {
    const found = this.process.inspect();
    if (found.state === 'stale') {
      const detail = `${this.endpoint()}  (stale pid file: pid ${found.pid} is not ${this.name} any more)`;
      return { healthy: false, state: 'down', detail };
    }
    if (found.state === 'none') return { healthy: false, state: 'down', detail: this.endpoint() };
    const healthy = await this.isHealthy();
    return {
      healthy,
      state: healthy ? 'up' : 'unhealthy',
      detail: `${this.endpoint()}  pid ${found.pid}`,
    };
  }

  /** Everything a server keeps lives in its state dir (the registry's schemas are in PostgreSQL and go with it). */
  async wipe(reporter: Reporter): Promise<void> {
    rmSync(this.dir, { recursive: true, force: true });
    reporter.line(this.name, 'wiped', this.dir);
  }

  async logFiles(): Promise<string[]> {
    return [this.process.logFile];
  }

  private async isHealthy(): Promise<boolean> {
    return this.probe().then(
      () => true,
      () => false,
    );
  }

  private async waitHealthy(
    proc: ManagedProcess,
    pid: number,
    died?: Promise<string>,
  ): Promise<void> {
    try {
      await waitUntilHealthy(() => this.probe(), {
        timeoutMs: this.config.upTimeoutMs ?? this.defaultTimeoutMs,
        died,
        what: `${this.label} (pid ${pid})`,
      });
    } catch (error) {
      throw new StackError(
        `${describeError(error)}\n--- last lines of ${proc.logFile} ---\n${proc.logTail()}`,
      );
    }
  }
}
