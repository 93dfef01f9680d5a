import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { probeReadiness, type Readiness } from './readiness';
import type { ServiceName } from './services';

export interface ServiceProcessOptions {
  readonly name: ServiceName;
  readonly port: number;
  /** Connection settings of the stack (KAFKA_BROKERS, DATABASE_URL, …) and any overrides. */
  readonly env: Readonly<Record<string, string>>;
  readonly workspaceRoot: string;
  readonly logDir: string;
}

/**
 * One built service (dist/apps/<name>/main.js) running as a child process on the
 * project's Node, its JSON log written to <logDir>/<name>.log.
 */
export class ServiceProcess {
  readonly logFile: string;
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor(private readonly options: ServiceProcessOptions) {
    const entry = entryOf(options);
    if (!existsSync(entry)) {
      throw new Error(`${entry} is missing: build the services first (npx nx run-many -t build)`);
    }
    mkdirSync(options.logDir, { recursive: true });
    this.logFile = join(options.logDir, `${options.name}.log`);
    const log = createWriteStream(this.logFile);
    this.child = spawn(process.execPath, ['--enable-source-maps', entry], {
      cwd: options.workspaceRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        ...options.env,
        PORT: String(options.port),
        OTEL_SERVICE_NAME: `parity-${options.name}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.pipe(log);
    this.child.stderr?.pipe(log);
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /**
   * Runs the service's migrations as the database owner (`main.js migrate`) and resolves
   * once they are applied; the owner URL is given to this step only, never to the service.
   */
  static async migrate(
    options: Omit<ServiceProcessOptions, 'port'> & { ownerDatabaseUrl: string },
  ): Promise<void> {
    const child = spawn(process.execPath, [entryOf(options), 'migrate'], {
      cwd: options.workspaceRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        ...options.env,
        DATABASE_OWNER_URL: options.ownerDatabaseUrl,
        OTEL_SERVICE_NAME: `parity-${options.name}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`${options.name} migrate exited with ${code}:\n${output}`);
  }

  get name(): ServiceName {
    return this.options.name;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Polls readiness until it is ready, the process exits, or the deadline passes. */
  async waitUntilReady(timeoutMs: number): Promise<Readiness> {
    const deadline = Date.now() + timeoutMs;
    let last: Readiness = { ready: false, checks: {}, error: 'not probed yet' };
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) {
        return { ready: false, checks: {}, error: `exited with code ${this.child.exitCode}` };
      }
      last = await probeReadiness(this.options.port);
      if (last.ready) return last;
      await new Promise((wait) => setTimeout(wait, 250));
    }
    return last;
  }

  /** Resolves with the exit code once the process ends by itself (e.g. a config error). */
  waitForExit(): Promise<number | null> {
    return this.exited;
  }

  /** Sends SIGTERM and resolves with the exit code; SIGKILL if it overruns `timeoutMs`. */
  async stop(timeoutMs = 15_000): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Where `nx build <service>` puts a service's bundle. */
function entryOf(options: { readonly workspaceRoot: string; readonly name: ServiceName }): string {
  return join(options.workspaceRoot, 'dist', 'apps', options.name, 'main.js');
}
