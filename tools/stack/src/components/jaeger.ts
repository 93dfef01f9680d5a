import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, type Port } from '../config';
import { ensureCached } from '../download';
import { StackError } from '../errors';
import { exec, lastLines } from '../exec';
import { httpProbe, tcpProbe } from '../health';
import { type Need, requireCommand } from '../prereq';
import type { Reporter } from '../report';
import { writeFileAtomic } from '../state';
import { type Command, ServerComponent, serverEnv } from './server';

const JAEGER_PACKAGE = 'github.com/jaegertracing/jaeger/cmd/jaeger';

/**
 * Jaeger v2 (the OpenTelemetry-Collector-based all-in-one), built from source with Go, storing traces in memory.
 *
 * Why a wrapper module (tools/stack/jaeger) instead of `go install …@version`: Jaeger's module path has no /v2,
 * so its v2.x tags are unusable by Go; the last usable tag, v1.76.0 (= Jaeger 2.13.0), has a `replace` directive,
 * which `go install pkg@version` refuses; and this machine's Go proxy serves only tagged versions, not commits.
 * The wrapper's go.mod carries the replace and its go.sum pins every module hash.
 */
export class JaegerComponent extends ServerComponent {
  readonly name = 'jaeger';
  protected readonly label: string;
  protected readonly defaultTimeoutMs = 30_000;
  private readonly module: string;
  private readonly version: string;

  constructor(...args: ConstructorParameters<typeof ServerComponent>) {
    super(...args);
    this.module = join(this.config.repoRoot, 'tools', 'stack', 'jaeger');
    // go.mod is the single source of the version, so bumping it there also moves the cache entry.
    const goMod = readFileSync(join(this.module, 'go.mod'), 'utf8');
    this.version =
      /^require github\.com\/jaegertracing\/jaeger (v\S+)/m.exec(goMod)?.[1] ?? 'unknown';
    this.label = `Jaeger (module ${this.version})`;
  }

  private get binary(): string {
    return join(this.config.cacheDir, `jaeger-${this.version}`, 'bin', 'jaeger');
  }

  private get goNeed(): Need {
    return {
      neededBy: `${this.label}, which is built from source`,
      fix: 'install Go from https://go.dev/dl',
    };
  }

  async preflight(): Promise<void> {
    if (existsSync(this.binary)) return;
    const need = this.goNeed;
    const go = requireCommand('go', need, this.config.env);
    // GOTOOLCHAIN=local (below) forbids Go from downloading a newer toolchain, so an old one must fail here, clearly.
    const wanted = /^go (\S+)/m.exec(readFileSync(join(this.module, 'go.mod'), 'utf8'))?.[1] ?? '0';
    const found = (await exec(go, ['env', 'GOVERSION'])).stdout.trim().replace(/^go/, '');
    if (compareVersions(found, wanted) < 0) {
      throw new StackError(
        `Go ${wanted}+ not found (needed by ${need.neededBy}): ${go} is go${found}; ${need.fix}`,
      );
    }
  }

  async provision(reporter: Reporter): Promise<void> {
    const step = {
      reporter,
      component: this.name,
      verb: 'building',
      what: `${JAEGER_PACKAGE}@${this.version} (takes minutes the first time)`,
    } as const;
    await ensureCached(
      join(this.config.cacheDir, `jaeger-${this.version}`),
      step,
      async (scratch) => {
        const go = requireCommand('go', this.goNeed, this.config.env);
        const result = await exec(go, ['install', JAEGER_PACKAGE], {
          cwd: this.module,
          env: {
            ...this.config.env,
            GOBIN: join(scratch, 'bin'),
            // The checksum database is not reachable through this network's proxy; the committed go.sum pins the hashes instead.
            GOSUMDB: 'off',
            GOTOOLCHAIN: 'local',
            // Read-only: the build must use go.mod/go.sum exactly as committed, never rewrite them.
            GOFLAGS: '-mod=readonly',
          },
        });
        if (result.code !== 0) {
          throw new StackError(
            `go install ${JAEGER_PACKAGE} failed:\n${lastLines(result.stderr || result.stdout)}`,
          );
        }
      },
    );
  }

  protected ports(): Port[] {
    const { otlpGrpc, otlpHttp, jaegerQuery, jaegerQueryGrpc, jaegerHealth } = this.config.ports;
    return [otlpGrpc, otlpHttp, jaegerQuery, jaegerQueryGrpc, jaegerHealth];
  }

  protected endpoint(): string {
    const { otlpGrpc, otlpHttp, jaegerQuery } = this.config.ports;
    return `${HOST}:${otlpHttp.port} (OTLP http, grpc :${otlpGrpc.port}; UI/API :${jaegerQuery.port})`;
  }

  /** Healthy = healthcheckv2 reports every component OK, and the query and OTLP ports accept connections. */
  protected async probe(): Promise<void> {
    const { jaegerHealth, jaegerQuery, otlpHttp, otlpGrpc } = this.config.ports;
    await httpProbe(`http://${HOST}:${jaegerHealth.port}/status`);
    await Promise.all([
      tcpProbe(jaegerQuery.port),
      tcpProbe(otlpHttp.port),
      tcpProbe(otlpGrpc.port),
    ]);
  }

  protected async prepare(): Promise<Command> {
    const config = join(this.dir, 'config.yaml');
    writeFileAtomic(config, this.configYaml());
    return { argv: [this.binary, '--config', config], env: serverEnv(this.config) };
  }

  /**
   * Jaeger's built-in all-in-one config (cmd/jaeger/internal/all-in-one.yaml) cut down to what Parity uses:
   * OTLP in, memory storage, query API/UI and health. The Jaeger/Zipkin receivers, remote sampling, expvar, zpages
   * and the self-metrics endpoint are dropped so fewer ports are bound; every endpoint is pinned to 127.0.0.1
   * (upstream leaves the query UI on all interfaces).
   */
  private configYaml(): string {
    const p = this.config.ports;
    return `# Generated by tools/stack on every \`up\`; edit tools/stack/src/components/jaeger.ts instead.
service:
  extensions: [jaeger_storage, jaeger_query, healthcheckv2]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    resource:
      service.name: jaeger
    metrics:
      level: none
    logs:
      level: info

extensions:
  jaeger_storage:
    backends:
      memstore:
        memory:
          max_traces: 100000
  jaeger_query:
    storage:
      traces: memstore
    # On by default in v2: Jaeger would trace its own API into its own store, via OTLP to localhost:4317.
    enable_tracing: false
    http:
      endpoint: ${HOST}:${p.jaegerQuery.port}
    grpc:
      endpoint: ${HOST}:${p.jaegerQueryGrpc.port}
  healthcheckv2:
    use_v2: true
    http:
      endpoint: ${HOST}:${p.jaegerHealth.port}

receivers:
  otlp:
    protocols:
      grpc:
        endpoint: ${HOST}:${p.otlpGrpc.port}
      http:
        endpoint: ${HOST}:${p.otlpHttp.port}

processors:
  batch:

exporters:
  jaeger_storage_exporter:
    trace_storage: memstore
`;
  }
}

/** Compares dotted versions numerically ("1.26.8" vs "1.24.6"). */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
