import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { HOST, type Port } from '../config';
import { ensureCached } from '../download';
import { StackError } from '../errors';
import { exec, lastLines } from '../exec';
import { mavenNeed, runMaven } from '../maven';
import { findJava, requireCommand } from '../prereq';
import { elapsed, type Reporter } from '../report';
import { writeFileAtomic } from '../state';
import { type Command, ServerComponent, serverEnv } from './server';

/** The broker version. tools/stack/kafka/pom.xml takes it from here via -Dkafka.version. */
const KAFKA_VERSION = '4.1.2';
const COORDINATES = `org.apache.kafka:kafka_2.13:${KAFKA_VERSION}`;

/** A single-node KRaft broker (combined broker + controller) run straight from the jars Maven resolves. */
export class KafkaComponent extends ServerComponent {
  readonly name = 'kafka';
  protected readonly label = `Kafka ${KAFKA_VERSION}`;
  protected readonly defaultTimeoutMs = 90_000;
  private java?: Promise<string>;
  /** This `up` formatted a new log: offsets start again at 0 (stack.up resets Parity's database). */
  formattedThisRun = false;

  private get libs(): string {
    return join(this.config.cacheDir, `kafka-${KAFKA_VERSION}`, 'libs');
  }

  private get files(): string {
    return join(this.config.repoRoot, 'tools', 'stack', 'kafka');
  }

  async preflight(): Promise<void> {
    await this.javaBinary();
    if (!existsSync(this.libs)) requireCommand('mvn', mavenNeed(this.label), this.config.env);
  }

  async provision(reporter: Reporter): Promise<void> {
    const step = {
      reporter,
      component: this.name,
      verb: 'fetching',
      what: `${COORDINATES} via Maven`,
    } as const;
    await ensureCached(
      join(this.config.cacheDir, `kafka-${KAFKA_VERSION}`),
      step,
      async (scratch) => {
        await runMaven(
          [
            '-f',
            join(this.files, 'pom.xml'),
            'dependency:copy-dependencies',
            '-DincludeScope=runtime',
            `-Dkafka.version=${KAFKA_VERSION}`,
            `-DoutputDirectory=${join(scratch, 'libs')}`,
          ],
          { coordinates: COORDINATES, neededBy: this.label, cwd: this.files, env: this.config.env },
        );
        if (!existsSync(join(scratch, 'libs', `kafka_2.13-${KAFKA_VERSION}.jar`))) {
          throw new StackError(
            `Maven could not resolve ${COORDINATES}: the broker jar is missing from its output`,
          );
        }
      },
    );
  }

  protected ports(): Port[] {
    return [this.config.ports.kafka, this.config.ports.kafkaController];
  }

  protected endpoint(): string {
    return `${HOST}:${this.config.ports.kafka.port} (controller :${this.config.ports.kafkaController.port})`;
  }

  /** Healthy = a client can fetch cluster metadata listing our (unfenced) broker and an active controller. */
  protected async probe(): Promise<void> {
    const admin = new Kafka({
      clientId: 'parity-stack-health',
      brokers: [`${HOST}:${this.config.ports.kafka.port}`],
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1_000,
      requestTimeout: 2_000,
      retry: { retries: 0 },
    }).admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length === 0 || cluster.controller === null) {
        throw new Error('broker not registered yet');
      }
    } finally {
      await admin.disconnect();
    }
  }

  protected async prepare(reporter: Reporter): Promise<Command> {
    const java = await this.javaBinary();
    const dataDir = join(this.dir, 'data');
    const properties = join(this.dir, 'server.properties');
    // Regenerated on every start so port changes take effect; the cluster identity lives in the data dir.
    writeFileAtomic(properties, this.serverProperties(dataDir));
    const log4j = `-Dlog4j2.configurationFile=${join(this.files, 'log4j2.properties')}`;
    const classpath = ['-cp', join(this.libs, '*')];
    if (!existsSync(join(dataDir, 'meta.properties'))) {
      await this.formatStorage(java, [log4j, ...classpath], properties, reporter);
    }
    return {
      argv: [
        java,
        '-Xms256m',
        '-Xmx768m',
        '-XX:+UseG1GC',
        '-XX:MaxGCPauseMillis=20',
        '-Djava.awt.headless=true',
        log4j,
        ...classpath,
        'kafka.Kafka',
        properties,
      ],
      env: serverEnv(this.config),
    };
  }

  private javaBinary(): Promise<string> {
    this.java ??= findJava(
      17,
      {
        neededBy: this.label,
        fix: 'apt-get install openjdk-17-jre-headless',
        overrideVar: 'PARITY_JAVA_HOME',
      },
      this.config.env,
    );
    return this.java;
  }

  /** KRaft refuses to start on an unformatted log dir; formatting writes the cluster id and bootstrap metadata. */
  private async formatStorage(
    java: string,
    jvmArgs: string[],
    properties: string,
    reporter: Reporter,
  ): Promise<void> {
    const startedAt = Date.now();
    mkdirSync(join(this.dir, 'data'), { recursive: true, mode: 0o700 });
    const result = await exec(java, [
      ...jvmArgs,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId(),
      '-c',
      properties,
    ]);
    appendFileSync(
      this.process.logFile,
      `\n===== ${new Date().toISOString()} kafka-storage format\n${result.stdout}${result.stderr}`,
      {
        mode: 0o600,
      },
    );
    if (result.code !== 0) {
      throw new StackError(
        `formatting Kafka storage failed:\n${lastLines(result.stdout + result.stderr)}`,
      );
    }
    this.formattedThisRun = true;
    reporter.line(this.name, 'formatted', `${join(this.dir, 'data')} ${elapsed(startedAt)}`);
  }

  /**
   * Single node, combined broker + controller, loopback only, and every internal topic at replication factor 1:
   * left at their defaults (3), __consumer_offsets is never created and consumers loop on "coordinator not available".
   * The controller quorum is static (controller.quorum.voters) rather than KIP-853 dynamic (`format --standalone`),
   * because a dynamic quorum records the controller's endpoint in the log and would break if KAFKA_CONTROLLER_PORT changed.
   */
  private serverProperties(dataDir: string): string {
    const port = this.config.ports.kafka.port;
    const controller = this.config.ports.kafkaController.port;
    return [
      '# Generated by tools/stack on every `up`; edit tools/stack/src/components/kafka.ts instead.',
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@${HOST}:${controller}`,
      `listeners=PLAINTEXT://${HOST}:${port},CONTROLLER://${HOST}:${controller}`,
      `advertised.listeners=PLAINTEXT://${HOST}:${port}`,
      'inter.broker.listener.name=PLAINTEXT',
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${dataDir}`,
      'num.partitions=1',
      'offsets.topic.replication.factor=1',
      // One offsets partition instead of 50: the first consumer group joins in well under a second.
      'offsets.topic.num.partitions=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'transaction.state.log.num.partitions=1',
      'share.coordinator.state.topic.replication.factor=1',
      'share.coordinator.state.topic.min.isr=1',
      // Tests start consumers and expect them to join at once, not after the default 3s delay.
      'group.initial.rebalance.delay.ms=0',
      // Topics are created explicitly (by the services or the tests); a typo must not silently create one.
      'auto.create.topics.enable=false',
      '',
    ].join('\n');
  }
}

/** A Kafka cluster id: 16 random bytes, base64url without padding (22 chars). Kafka rejects ids starting with '-'. */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
