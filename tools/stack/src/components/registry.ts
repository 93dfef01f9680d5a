import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, type Port, type StackConfig } from '../config';
import { ensureCached } from '../download';
import { StackError } from '../errors';
import { exec, lastLines } from '../exec';
import { httpProbe } from '../health';
import { mavenNeed, runMaven } from '../maven';
import { findJava, requireCommand } from '../prereq';
import type { Reporter } from '../report';
import type { PostgresComponent } from './postgres';
import { type Command, ServerComponent, serverEnv } from './server';

const APICURIO_VERSION = '3.3.3';
/** The Quarkus app as published to Maven Central (the `all` assembly; 3.1.x is not on Central at all). */
const ARTIFACT = `io.apicurio:apicurio-registry-app:${APICURIO_VERSION}:tar.gz:all`;

/** The Confluent-compatible API path of Apicurio; this is what SCHEMA_REGISTRY_URL points at. */
export const CCOMPAT_PATH = '/apis/ccompat/v7';

/**
 * Apicurio Registry, a Confluent-compatible schema registry, storing schemas in PostgreSQL so they survive restarts
 * (its default is an in-memory H2 database). 3.2+ is built for Java 21, while the machine default is often 17.
 */
export class RegistryComponent extends ServerComponent {
  readonly name = 'registry';
  protected readonly label = `Apicurio Registry ${APICURIO_VERSION}`;
  /** A Quarkus JVM start that also creates its tables on the first run, next to a starting broker on 2 cores. */
  protected readonly defaultTimeoutMs = 120_000;
  private java?: Promise<string>;

  constructor(
    config: StackConfig,
    private readonly postgres: PostgresComponent,
  ) {
    super(config);
  }

  private get app(): string {
    return join(this.config.cacheDir, `apicurio-${APICURIO_VERSION}`);
  }

  async preflight(): Promise<void> {
    await this.javaBinary();
    if (!existsSync(this.app)) {
      requireCommand('mvn', mavenNeed(this.label), this.config.env);
      requireCommand('tar', { neededBy: this.label, fix: 'apt-get install tar' }, this.config.env);
    }
  }

  async provision(reporter: Reporter): Promise<void> {
    const step = {
      reporter,
      component: this.name,
      verb: 'fetching',
      what: `${ARTIFACT} via Maven (~160 MB)`,
    } as const;
    await ensureCached(this.app, step, async (scratch) => {
      await runMaven(
        ['dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${scratch}`],
        {
          coordinates: ARTIFACT,
          neededBy: this.label,
          // A directory without a pom.xml, so Maven runs the goal standalone.
          cwd: scratch,
          env: this.config.env,
        },
      );
      const archive = readdirSync(scratch).find((file) => file.endsWith('.tar.gz'));
      if (!archive) {
        throw new StackError(`Maven could not resolve ${ARTIFACT}: no archive in its output`);
      }
      const tar = requireCommand(
        'tar',
        { neededBy: this.label, fix: 'apt-get install tar' },
        this.config.env,
      );
      const result = await exec(tar, ['-xzf', archive], { cwd: scratch });
      if (result.code !== 0) {
        throw new StackError(`extracting ${archive} failed: ${lastLines(result.stderr)}`);
      }
      rmSync(join(scratch, archive));
      // 3.3.x has the Quarkus fast-jar layout at the archive root (3.1.x had it under quarkus-app/).
      if (!existsSync(join(scratch, 'quarkus-run.jar'))) {
        throw new StackError(`${archive} has no quarkus-run.jar at its root`);
      }
    });
  }

  protected ports(): Port[] {
    return [this.config.ports.registry, this.config.ports.registryManagement];
  }

  protected endpoint(): string {
    return `http://${HOST}:${this.config.ports.registry.port}${CCOMPAT_PATH} (management :${this.config.ports.registryManagement.port})`;
  }

  protected probe(): Promise<void> {
    return httpProbe(`http://${HOST}:${this.config.ports.registry.port}${CCOMPAT_PATH}/subjects`);
  }

  protected async prepare(): Promise<Command> {
    const java = await this.javaBinary();
    const datasource = this.postgres.registryDatasource();
    const { registry, registryManagement } = this.config.ports;
    return {
      argv: [
        java,
        '-Xmx384m',
        // Quarkus logging goes through JBoss LogManager, as in Apicurio's own container image.
        '-Djava.util.logging.manager=org.jboss.logmanager.LogManager',
        // 3.3.3's own pattern (YYYY-MMx-dd) prints the zone offset inside the date: "2026-11+00-22".
        '-Dquarkus.log.console.format=%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n',
        `-Dquarkus.http.host=${HOST}`,
        `-Dquarkus.http.port=${registry.port}`,
        // 3.2+ serves health and metrics on a separate management interface (default 0.0.0.0:9000).
        `-Dquarkus.management.host=${HOST}`,
        `-Dquarkus.management.port=${registryManagement.port}`,
        '-Dapicurio.storage.kind=sql',
        '-Dapicurio.storage.sql.kind=postgresql',
        `-Dapicurio.datasource.url=${datasource.jdbcUrl}`,
        `-Dapicurio.datasource.username=${datasource.username}`,
        // The default pool holds 20 connections open (up to 100); a shared local PostgreSQL allows 100 in all.
        '-Dapicurio.datasource.jdbc.initial-size=2',
        '-Dapicurio.datasource.jdbc.min-size=2',
        '-Dapicurio.datasource.jdbc.max-size=10',
        // Same schema, different whitespace → same id, as with Confluent's registry.
        '-Dapicurio.ccompat.use-canonical-hash=true',
        // In a shared database, look for (and create) Apicurio's tables only in its own schema.
        ...(datasource.schema ? [`-Dapicurio.sql.db-schema=${datasource.schema}`] : []),
        '-jar',
        join(this.app, 'quarkus-run.jar'),
      ],
      // Through the environment, not argv, so the password does not show in `ps`.
      env: serverEnv(this.config, { APICURIO_DATASOURCE_PASSWORD: datasource.password }),
    };
  }

  private javaBinary(): Promise<string> {
    this.java ??= findJava(
      21,
      {
        neededBy: this.label,
        fix: 'install temurin-21 or newer (or openjdk-21-jre-headless)',
        overrideVar: 'PARITY_JAVA21_HOME',
      },
      this.config.env,
    );
    return this.java;
  }
}
