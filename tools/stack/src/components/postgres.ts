import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { HOST, type StackConfig } from '../config';
import { describeError, StackError } from '../errors';
import { exec, lastLines, which } from '../exec';
import { tcpProbe, waitUntilHealthy } from '../health';
import { elapsed, type Reporter } from '../report';
import { type Secrets, loadSecrets } from '../secrets';
import { stateDir, writeFileAtomic } from '../state';
import type { Component, ComponentStatus } from './component';

/** The application database and the roles the stack creates. Parity's services and migrations rely on these names. */
const DATABASE = 'parity';
const OWNER = 'parity_owner';
const APP = 'parity_app';
/** Apicurio's storage: its own database (local cluster) or its own schema in DATABASE_URL's database (external). */
const REGISTRY = 'parity_registry';

const NOT_FOUND_FIX = 'apt-get install postgresql, or set DATABASE_URL';

export interface Datasource {
  readonly jdbcUrl: string;
  readonly username: string;
  readonly password: string;
  /** Set when the registry shares a database and must keep to its own schema. */
  readonly schema?: string;
}

/** A Debian cluster as `pg_lsclusters --json` describes it. */
interface Cluster {
  readonly version: number;
  readonly cluster: string;
  readonly port: string;
  readonly running: number;
  readonly pgdata: string;
  readonly logfile: string;
  readonly socketdir: string;
  readonly owneruid: number;
  readonly ownergid: number;
}

/**
 * PostgreSQL, in one of two modes:
 * - local (default): the machine's Debian cluster on PGPORT. `up` starts it if needed (and only then does `down`
 *   stop it) and creates the Parity databases and roles, talking to it as the cluster owner through the unix socket.
 * - external: DATABASE_URL is an owner connection to a database somebody else runs. Nothing is started or stopped;
 *   `up` only adds the least-privilege app role (unless DATABASE_APP_URL names one) and the registry's schema.
 */
export class PostgresComponent implements Component {
  readonly name = 'postgres';
  private readonly external?: { readonly ownerUrl: string; readonly appUrl?: string };
  private secretsCache?: Secrets;

  constructor(private readonly config: StackConfig) {
    this.external = externalDatabase(config.env, this.port);
  }

  private get secrets(): Secrets {
    this.secretsCache ??= loadSecrets(this.config);
    return this.secretsCache;
  }

  private get port(): number {
    return this.config.ports.postgres.port;
  }

  /** Connection URLs for stack.env: DATABASE_URL (least privilege) and DATABASE_OWNER_URL (migrations). */
  urls(): { app: string; owner: string } {
    if (this.external) {
      return {
        owner: this.external.ownerUrl,
        app:
          this.external.appUrl ??
          withCredentials(this.external.ownerUrl, APP, this.secrets.parity_app),
      };
    }
    const local = (user: string, password: string): string =>
      `postgres://${user}:${password}@${HOST}:${this.port}/${DATABASE}`;
    return {
      owner: local(OWNER, this.secrets.parity_owner),
      app: local(APP, this.secrets.parity_app),
    };
  }

  registryDatasource(): Datasource {
    if (this.external) {
      const url = new URL(this.external.ownerUrl);
      const query = new URLSearchParams(url.search);
      query.set('currentSchema', REGISTRY);
      return {
        jdbcUrl: `jdbc:postgresql://${url.host}${url.pathname}?${query}`,
        username: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        schema: REGISTRY,
      };
    }
    return {
      jdbcUrl: `jdbc:postgresql://${HOST}:${this.port}/${REGISTRY}`,
      username: REGISTRY,
      password: this.secrets.parity_registry,
    };
  }

  async preflight(): Promise<void> {
    if (this.external) {
      try {
        new URL(this.external.ownerUrl);
      } catch {
        throw new StackError(
          'DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)',
        );
      }
      return;
    }
    const cluster = await this.findCluster();
    const uid = process.getuid?.();
    if (uid !== 0 && uid !== cluster.owneruid) {
      throw new StackError(
        `managing PostgreSQL cluster ${clusterName(cluster)} needs root or its owner (uid ${cluster.owneruid}): ` +
          'run as one of them, or set DATABASE_URL to a database you manage yourself',
      );
    }
  }

  async provision(): Promise<void> {
    // Uses the machine's PostgreSQL (or DATABASE_URL); nothing to download.
  }

  async up(reporter: Reporter): Promise<void> {
    const startedAt = Date.now();
    if (this.external) {
      await this.setUpExternal();
      reporter.line(
        this.name,
        'up',
        `${redact(this.external.ownerUrl)} (external) ${elapsed(startedAt)}`,
      );
      return;
    }
    let cluster = await this.findCluster();
    const wasRunning = cluster.running === 1;
    if (!wasRunning) {
      await this.startCluster(cluster);
      cluster = await this.findCluster();
    }
    await waitUntilHealthy(() => tcpProbe(this.port), {
      timeoutMs: this.config.upTimeoutMs ?? 30_000,
      what: `PostgreSQL cluster ${clusterName(cluster)}`,
    });
    await this.psql(cluster, bootstrapSql(this.secrets));
    await this.probe();
    const how = wasRunning
      ? this.startedByStack()
        ? 'already running'
        : 'already running, not started by the stack'
      : 'started';
    reporter.line(
      this.name,
      'up',
      `${HOST}:${this.port}  pid ${postmasterPid(cluster) ?? '?'}  cluster ${clusterName(cluster)} (${how}) ${elapsed(startedAt)}`,
    );
  }

  async down(reporter: Reporter): Promise<void> {
    if (this.external) {
      reporter.line(
        this.name,
        'external',
        'DATABASE_URL is not managed by the stack; nothing to stop',
      );
      return;
    }
    const cluster = await this.findCluster();
    if (cluster.running !== 1) {
      rmSync(this.startedMarker, { force: true });
      reporter.line(this.name, 'down', `cluster ${clusterName(cluster)} was not running`);
      return;
    }
    if (!this.startedByStack()) {
      reporter.line(
        this.name,
        'left up',
        `cluster ${clusterName(cluster)} was already running before \`up\`, so it stays up`,
      );
      return;
    }
    const startedAt = Date.now();
    const pid = postmasterPid(cluster);
    await this.pgCtlCluster(cluster, 'stop');
    rmSync(this.startedMarker, { force: true });
    reporter.line(
      this.name,
      'stopped',
      `cluster ${clusterName(cluster)}${pid ? ` pid ${pid}` : ''} (pg_ctlcluster stop) ${elapsed(startedAt)}`,
    );
  }

  async status(): Promise<ComponentStatus> {
    if (this.external) {
      const healthy = await this.isHealthy();
      return {
        healthy,
        state: healthy ? 'up' : 'unhealthy',
        detail: `${redact(this.external.ownerUrl)} (external)`,
      };
    }
    const cluster = await this.findCluster();
    if (cluster.running !== 1) {
      return {
        healthy: false,
        state: 'down',
        detail: `${HOST}:${this.port}  cluster ${clusterName(cluster)}`,
      };
    }
    const managed = this.startedByStack() ? 'started by the stack' : 'not started by the stack';
    const healthy = await this.isHealthy();
    return {
      healthy,
      state: healthy ? 'up' : 'unhealthy',
      detail: `${HOST}:${this.port}  pid ${postmasterPid(cluster) ?? '?'}  cluster ${clusterName(cluster)} (${managed})`,
    };
  }

  /**
   * Empties the Parity database (the registry's is kept): the services' inboxes, outboxes and
   * ledgers record Kafka offsets, which mean nothing against a newly formatted Kafka log, where
   * offsets start at 0 again and every new record would look like one already applied. An
   * external database is never dropped; it is the operator's.
   */
  async resetParityDatabase(reporter: Reporter): Promise<void> {
    if (this.external) {
      reporter.line(this.name, 'kept', `${redact(this.external.ownerUrl)} (external): not reset`);
      return;
    }
    const cluster = await this.findCluster();
    await this.psql(cluster, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE);`);
    await this.psql(cluster, bootstrapSql(this.secrets));
    reporter.line(this.name, 'reset', `database ${DATABASE} emptied: Kafka's log is new`);
  }

  /** Drops what `up` created. The local cluster is started for this if needed and returned to the state it was in. */
  async wipe(reporter: Reporter): Promise<void> {
    if (this.external) {
      await this.wipeExternal();
      const role = this.external.appUrl ? '' : ` and role ${APP}`;
      reporter.line(
        this.name,
        'wiped',
        `schema ${REGISTRY}${role} in ${redact(this.external.ownerUrl)}`,
      );
      return;
    }
    const cluster = await this.findCluster();
    const wasRunning = cluster.running === 1;
    if (!wasRunning) await this.pgCtlCluster(cluster, 'start');
    try {
      await this.psql(cluster, wipeSql());
    } finally {
      if (!wasRunning) await this.pgCtlCluster(cluster, 'stop');
    }
    reporter.line(
      this.name,
      'wiped',
      `databases ${DATABASE}, ${REGISTRY}; roles ${OWNER}, ${APP}, ${REGISTRY}`,
    );
  }

  async logFiles(): Promise<string[]> {
    return this.external ? [] : [(await this.findCluster()).logfile];
  }

  /** The cluster listening on PGPORT, or a StackError saying how to get one. */
  private async findCluster(): Promise<Cluster> {
    const lsclusters = which('pg_lsclusters', this.config.env);
    if (!lsclusters) throw new StackError(`PostgreSQL server not found: ${NOT_FOUND_FIX}`);
    const result = await exec(lsclusters, ['--json']);
    if (result.code !== 0) {
      throw new StackError(`pg_lsclusters failed: ${lastLines(result.stderr)}`);
    }
    const clusters = JSON.parse(result.stdout) as Cluster[];
    if (clusters.length === 0) {
      throw new StackError(
        `PostgreSQL is installed but has no cluster: pg_createcluster <version> main, or set DATABASE_URL`,
      );
    }
    const cluster = clusters.find((candidate) => Number(candidate.port) === this.port);
    if (!cluster) {
      const known = clusters
        .map((candidate) => `${clusterName(candidate)} on ${candidate.port}`)
        .join(', ');
      throw new StackError(
        `no PostgreSQL cluster uses port ${this.port} (pg_lsclusters: ${known}): set PGPORT to one of those ports, or set DATABASE_URL`,
      );
    }
    return cluster;
  }

  /** Present while the cluster runs because `up` started it; `down` stops the cluster only then. */
  private get startedMarker(): string {
    return join(this.config.stateDir, this.name, 'started-cluster');
  }

  private startedByStack(): boolean {
    return existsSync(this.startedMarker);
  }

  private async startCluster(cluster: Cluster): Promise<void> {
    // Written first: if start succeeds but the CLI is then interrupted, `down` still knows the cluster is ours to stop.
    stateDir(this.config, this.name);
    writeFileAtomic(this.startedMarker, `${clusterName(cluster)}\n`);
    await this.pgCtlCluster(cluster, 'start');
  }

  private async pgCtlCluster(cluster: Cluster, action: 'start' | 'stop'): Promise<void> {
    const pgCtlCluster = which('pg_ctlcluster', this.config.env);
    if (!pgCtlCluster) throw new StackError(`pg_ctlcluster not found: ${NOT_FOUND_FIX}`);
    const result = await exec(pgCtlCluster, [String(cluster.version), cluster.cluster, action]);
    if (result.code !== 0) {
      throw new StackError(
        `pg_ctlcluster ${cluster.version} ${cluster.cluster} ${action} failed: ${lastLines(result.stderr || result.stdout)}` +
          `\n(see ${cluster.logfile})`,
      );
    }
  }

  /** Runs SQL as the cluster owner over the unix socket (peer auth), fed through stdin so passwords never reach `ps`. */
  private async psql(cluster: Cluster, sql: string): Promise<void> {
    const psql = which('psql', this.config.env);
    if (!psql) throw new StackError(`psql not found: apt-get install postgresql-client`);
    const result = await exec(
      psql,
      [
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        cluster.socketdir,
        '-p',
        cluster.port,
        '-d',
        'postgres',
      ],
      {
        input: sql,
        uid: cluster.owneruid,
        gid: cluster.ownergid,
        // psql would try to chdir to root's home, which the postgres user may not read.
        cwd: '/',
        env: { PATH: this.config.env.PATH, LANG: 'C.UTF-8' },
      },
    );
    if (result.code !== 0) {
      throw new StackError(`setting up PostgreSQL failed: ${lastLines(result.stderr)}`);
    }
  }

  private async setUpExternal(): Promise<void> {
    const external = this.external as NonNullable<typeof this.external>;
    await withClient(external.ownerUrl, 'DATABASE_URL', async (owner) => {
      await owner.query(`CREATE SCHEMA IF NOT EXISTS ${REGISTRY}`);
      if (external.appUrl) return;
      try {
        const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP]);
        // Only LOGIN and PASSWORD: a CREATEROLE user may not even restate attributes such as NOSUPERUSER.
        const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
        await owner.query(`${verb} ROLE ${APP} WITH LOGIN PASSWORD '${this.secrets.parity_app}'`);
        await owner.query(appGrantsSql(databaseOf(external.ownerUrl), 'CURRENT_USER'));
      } catch (error) {
        throw new StackError(
          `could not create the least-privilege role ${APP} through DATABASE_URL (${describeError(error)}): ` +
            'grant that user CREATEROLE, or set DATABASE_APP_URL to an existing app role',
        );
      }
    });
    await this.probe();
  }

  private async wipeExternal(): Promise<void> {
    const external = this.external as NonNullable<typeof this.external>;
    await withClient(external.ownerUrl, 'DATABASE_URL', async (owner) => {
      await owner.query(`DROP SCHEMA IF EXISTS ${REGISTRY} CASCADE`);
      if (external.appUrl) return;
      const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP]);
      if (exists.rowCount === 0) return;
      const database = databaseOf(external.ownerUrl);
      // A role cannot be dropped while it holds grants; these are all the ones `up` gave it.
      await owner.query(`
        ALTER DEFAULT PRIVILEGES REVOKE ALL ON TABLES FROM ${APP};
        ALTER DEFAULT PRIVILEGES REVOKE ALL ON SEQUENCES FROM ${APP};
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP};
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP};
        REVOKE ALL ON SCHEMA public FROM ${APP};
        REVOKE ALL ON DATABASE "${database}" FROM ${APP};
        DROP ROLE ${APP};`);
    });
  }

  /** Healthy = the app role can log in over TCP with its password and run a query. */
  private async probe(): Promise<void> {
    await withClient(this.urls().app, 'DATABASE_URL (app role)', (app) => app.query('SELECT 1'));
  }

  private async isHealthy(): Promise<boolean> {
    return this.probe().then(
      () => true,
      () => false,
    );
  }
}

function clusterName(cluster: Cluster): string {
  return `${cluster.version}/${cluster.cluster}`;
}

/** The postmaster's pid, from the first line of postmaster.pid (readable because we run as root or the owner). */
function postmasterPid(cluster: Cluster): number | undefined {
  try {
    return (
      Number(readFileSync(join(cluster.pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]) ||
      undefined
    );
  } catch {
    return undefined;
  }
}

async function withClient<T>(
  url: string,
  what: string,
  use: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StackError(`cannot connect to ${what} ${redact(url)}: ${describeError(error)}`);
  }
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL is an owner connection to an external database, except when it is this stack's own `env` output
 * fed back in (`eval "$(npm run -s stack -- env)"` exports DATABASE_URL as the *app* role):
 * - the local stack's URL (a Parity role, loopback, PGPORT, database parity) means local mode, as if unset;
 * - the app role next to a DATABASE_OWNER_URL is a previous external `env`: the owner is DATABASE_OWNER_URL.
 */
function externalDatabase(
  env: NodeJS.ProcessEnv,
  pgPort: number,
): { ownerUrl: string; appUrl?: string } | undefined {
  if (!env.DATABASE_URL) return undefined;
  const url = parseUrl(env.DATABASE_URL);
  // Unparsable is still external; preflight reports it.
  if (!url) return { ownerUrl: env.DATABASE_URL };
  const user = decodeURIComponent(url.username);
  const loopback = url.hostname === HOST || url.hostname === 'localhost';
  if (
    (user === OWNER || user === APP) &&
    loopback &&
    Number(url.port || 5432) === pgPort &&
    url.pathname === `/${DATABASE}`
  ) {
    return undefined;
  }
  if (user === APP && env.DATABASE_OWNER_URL) {
    return { ownerUrl: env.DATABASE_OWNER_URL, appUrl: env.DATABASE_URL };
  }
  return { ownerUrl: env.DATABASE_URL, appUrl: env.DATABASE_APP_URL || undefined };
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}

/** A URL safe to print: the password replaced. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparsable URL>';
  }
}

/**
 * The grants that make the app role least-privilege: connect, use the public schema, read/write rows of the owner's
 * tables (present and future) and use its sequences. No CREATE anywhere, so only the owner role can change the schema.
 */
function appGrantsSql(database: string, owner: string): string {
  return `
    GRANT CONNECT ON DATABASE "${database}" TO ${APP};
    GRANT USAGE ON SCHEMA public TO ${APP};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP};
    ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP};
    ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT USAGE, SELECT ON SEQUENCES TO ${APP};`;
}

/** Idempotent: creates what is missing and resets passwords to those in secrets.json. */
function bootstrapSql(secrets: Secrets): string {
  const role = (name: keyof Secrets): string =>
    `ALTER ROLE ${name} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '${secrets[name]}';`;
  return `
-- A failing statement would otherwise be logged verbatim, passwords included.
SET log_min_error_statement = panic;
SELECT format('CREATE ROLE %I', r) FROM unnest(ARRAY['${OWNER}', '${APP}', '${REGISTRY}']) AS r
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \\gexec
${role(OWNER)}
${role(APP)}
${role(REGISTRY)}
SELECT 'CREATE DATABASE ${DATABASE} OWNER ${OWNER}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${DATABASE}') \\gexec
SELECT 'CREATE DATABASE ${REGISTRY} OWNER ${REGISTRY}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${REGISTRY}') \\gexec
REVOKE ALL ON DATABASE ${DATABASE} FROM PUBLIC;
REVOKE ALL ON DATABASE ${REGISTRY} FROM PUBLIC;
\\connect ${DATABASE}
-- PostgreSQL 15 already denies PUBLIC CREATE on schema public; older clusters do not.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
${appGrantsSql(DATABASE, OWNER)}
`;
}

function wipeSql(): string {
  return `
DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE);
DROP DATABASE IF EXISTS ${REGISTRY} WITH (FORCE);
DROP ROLE IF EXISTS ${APP};
DROP ROLE IF EXISTS ${OWNER};
DROP ROLE IF EXISTS ${REGISTRY};
`;
}
