/* eslint-disable no-console -- a terminal program: its output is for a person. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  PeoplevoxClient,
  PEOPLEVOX_CALLBACK_TEMPLATES,
  peoplevoxCallbackTemplate,
  type PeoplevoxCallbackEvent,
} from '@parity/connectors';
import { allTopics } from '@parity/contracts';
import {
  AvroSerde,
  createKafkaClient,
  createSchemaRegistryClient,
  ensureTopics,
} from '@parity/kafka';
import { serviceNames, services, ServiceProcess, serviceStackSettings } from '@parity/launcher';
import {
  allSimulators,
  createSandbox,
  ScenarioDriver,
  scenarioConfig,
  worldModelOf,
} from '@parity/simulators';
import { parseDemoOptions } from './demo-options';
import { DemoSettings } from './demo-settings';
import { describeState, pipelineState, since } from './pipeline-watch';
import { ExceptionWatch } from './exception-watch';
import { seedWorld, sweepNow } from './reconciliation-api';
import { summarise } from './summary';

/**
 * The main job: the vendors simulated by the sandbox, a retail scenario played against them
 * (stores, SKUs with variants, online and till sales, returns, receipts, adjustments, and for
 * `dirty` some bad data), and the six services keeping them in step, with progress while it
 * runs and a summary at the end.
 */
const workspaceRoot = join(__dirname, '..', '..', '..');
const READY_TIMEOUT_MS = 60_000;
const PROGRESS_EVERY_MS = 5_000;
const SETTLE_TIMEOUT_MS = 120_000;
// Time for inventory to re-read the pairs a sweep found drifted and the view to take the result.
const SWEEP_HEAL_MS = 10_000;

async function main(): Promise<number> {
  const options = parseDemoOptions(process.argv.slice(2));
  const stack = serviceStackSettings(process.env, 'start this through `npm start`');
  const ownerDatabaseUrl = process.env['DATABASE_OWNER_URL'];
  if (!ownerDatabaseUrl)
    throw new Error('DATABASE_OWNER_URL not set: start this through `npm start`');
  const logDir = join(workspaceRoot, '.stack', 'logs', 'services');
  const started = Date.now();
  const kafka = createKafkaClient({
    brokers: stack['KAFKA_BROKERS']?.split(',') ?? [],
    clientId: 'parity-demo',
  });
  const created = await ensureTopics(kafka);
  console.log(`topics: ${created.length} created from the catalog`);

  const settings = new DemoSettings();
  const sandbox = await createSandbox({
    seed: 42,
    simulators: allSimulators(settings.sandboxEnv()),
  }).listen();
  console.log(
    `sandbox: Prima, Peoplevox, Clarus, Sitoo and Lightspeed simulated at ${sandbox.url}`,
  );
  const config = scenarioConfig(options.scenario, {
    durationMinutes: options.minutes,
    // Malformed payloads (dirty runs) go to edge as a broken Clarus automation would send them.
    edgeWebhook: settings.malformedTarget(),
  });
  const driver = new ScenarioDriver({
    sandboxUrl: sandbox.url,
    config,
    onProgress: (line) => console.log(`  scenario ${line}`),
  });
  const world = await driver.seed();
  console.log(
    `seeded the '${options.scenario}' world: ${world.skus.length} SKUs, ${world.stores.length} stores`,
  );

  const model = worldModelOf(world);
  const perService = settings.serviceEnv(sandbox.url, {
    atsBatchMs: options.atsBatchMinutes && (options.atsBatchMinutes * 60_000) / config.speed,
  });
  if (options.atsBatchMinutes) {
    console.log(
      `available-to-sell pushed in batches every ${options.atsBatchMinutes} simulated minutes (no hot path)`,
    );
  }
  await resetServiceState(ownerDatabaseUrl);
  await skipEarlierEvents(kafka);
  await Promise.all(
    serviceNames.map((name) =>
      ServiceProcess.migrate({ name, env: stack, workspaceRoot, logDir, ownerDatabaseUrl }),
    ),
  );
  const running = serviceNames.map(
    (name) =>
      new ServiceProcess({
        name,
        port: services[name],
        env: { ...stack, ...perService[name] },
        workspaceRoot,
        logDir,
      }),
  );
  console.log(`starting ${running.length} services (logs: ${logDir})`);
  const readiness = await Promise.all(running.map((s) => s.waitUntilReady(READY_TIMEOUT_MS)));
  const notReady = running.filter((_, i) => !readiness[i]?.ready).map((s) => s.name);
  if (notReady.length > 0) {
    console.error(`not ready: ${notReady.join(', ')} (see their logs)`);
    await Promise.all(running.map((s) => s.stop()));
    await sandbox.close();
    return 1;
  }
  console.log(
    `all ${running.length} services ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const version = await seedWorld(model);
  console.log(
    `world model seeded through reconciliation (version ${version}); edge, inventory and reconciliation hold it`,
  );
  await subscribePeoplevox(sandbox.url, settings);

  const admin = kafka.admin();
  await admin.connect();
  const exceptions = new ExceptionWatch(
    kafka,
    admin,
    new AvroSerde(createSchemaRegistryClient(stack['SCHEMA_REGISTRY_URL'] ?? '', 'parity-demo')),
  );
  await exceptions.markStart();
  const baseline = await pipelineState(admin, async () => 0);
  const exceptionCount = () => exceptions.count();
  const progress = setInterval(() => {
    void pipelineState(admin, exceptionCount).then((state) =>
      console.log(`  parity   ${describeState(state)}`),
    );
  }, PROGRESS_EVERY_MS);
  const playedFrom = Date.now();
  console.log(
    `\nplaying the scenario (${config.durationMinutes} simulated minutes at ${config.speed}× speed)`,
  );
  const tally = await driver.run();
  clearInterval(progress);

  console.log('\nletting the pipeline settle (inventory caught up, outboxes drained)');
  const state = since(baseline, await settle(admin, exceptionCount));
  console.log('sweeping every WMS and Prima through their APIs against the parity view');
  const firstSweep = await sweepNow();
  // Inventory re-reads every pair a WMS disagreed on; the second sweep shows what is left.
  console.log('letting inventory re-read what the sweep found, then sweeping again');
  await settle(admin, exceptionCount);
  await new Promise((reread) => setTimeout(reread, SWEEP_HEAL_MS));
  const secondSweep = await sweepNow();
  // The sweep's findings reach the exception topics through reconciliation's outbox.
  await new Promise((relayed) => setTimeout(relayed, 3_000));
  const sweep = { first: firstSweep, second: secondSweep };
  const report = await summarise(tally, state, (Date.now() - playedFrom) / 1000, exceptions, sweep);
  console.log(`\n== summary\n${report.lines.join('\n')}`);
  if (options.summaryJson) await writeFile(options.summaryJson, JSON.stringify(report.figures));

  if (options.keepRunning) {
    console.log(
      `\nrunning; the sandbox is at ${sandbox.url}. Ctrl-C stops everything but the stack.`,
    );
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
  await admin.disconnect();
  const exitCodes = await Promise.all(running.map((s) => s.stop()));
  await sandbox.close();
  const clean = exitCodes.filter((code) => code === 0).length;
  console.log(`stopped: ${clean}/${running.length} services exited cleanly`);
  return clean === running.length ? 0 : 1;
}

/**
 * The scenario's world is the same every run (same SKUs, same depots, vendor sequences from 1),
 * so the services start from empty state: their schemas are dropped and migrated again. Their
 * consumer groups keep their Kafka offsets, so earlier runs' events are not read again. Local
 * stack only: `npm start` never points at anything else.
 */
async function resetServiceState(ownerDatabaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: ownerDatabaseUrl });
  await db.connect();
  try {
    for (const name of serviceNames) await db.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  } finally {
    await db.end();
  }
  console.log(`service state reset: ${serviceNames.join(', ')} start empty`);
}

/**
 * The services start empty, so they must not read what earlier runs left on the topics: a
 * benchmark's million availability events, say, would keep reconciliation busy for minutes and
 * fill its view with SKUs this world does not have. Each service's consumer group joins once,
 * commits the end of every catalog topic and leaves (no service is running yet), all at once.
 */
async function skipEarlierEvents(kafka: ReturnType<typeof createKafkaClient>): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = allTopics.map((t) => t.name).filter((name) => existing.has(name));
    const ends = await Promise.all(
      topics.map(async (topic) => ({
        topic,
        partitions: (await admin.fetchTopicOffsets(topic)).map((p) => ({
          partition: p.partition,
          offset: p.high,
        })),
      })),
    );
    await Promise.all(serviceNames.map((name) => commitEnds(kafka, `parity-${name}`, ends)));
  } finally {
    await admin.disconnect();
  }
  console.log("consumer groups moved past earlier runs' events");
}

async function commitEnds(
  kafka: ReturnType<typeof createKafkaClient>,
  groupId: string,
  ends: readonly { topic: string; partitions: { partition: number; offset: string }[] }[],
): Promise<void> {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    const joined = new Promise<void>((resolve) =>
      consumer.on(consumer.events.GROUP_JOIN, () => resolve()),
    );
    await consumer.subscribe({ topics: ends.map((e) => e.topic) });
    await consumer.run({ eachBatch: async () => undefined });
    consumer.pause(ends.map((e) => ({ topic: e.topic })));
    await joined;
    await consumer.commitOffsets(
      ends.flatMap((e) => e.partitions.map((p) => ({ topic: e.topic, ...p }))),
    );
  } finally {
    await consumer.disconnect();
  }
}

/** Registers every callback edge understands, as an operator does once per Peoplevox account. */
async function subscribePeoplevox(sandboxUrl: string, settings: DemoSettings): Promise<void> {
  const { clientId, username, password } = settings.vendor.peoplevox;
  const client = new PeoplevoxClient({
    baseUrl: `${sandboxUrl}/peoplevox`,
    clientId,
    username,
    password,
    callsPerSecond: 50,
  });
  for (const event of Object.keys(PEOPLEVOX_CALLBACK_TEMPLATES) as PeoplevoxCallbackEvent[]) {
    await client.subscribe(
      event,
      peoplevoxCallbackTemplate(settings.peoplevoxCallbackBase(), event),
    );
  }
}

/** Waits until inventory has no lag and two readings agree, or the timeout passes. */
async function settle(
  admin: Parameters<typeof pipelineState>[0],
  exceptions: () => Promise<number>,
) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let previous = await pipelineState(admin, exceptions);
  for (;;) {
    await new Promise((wait) => setTimeout(wait, 2_000));
    const state = await pipelineState(admin, exceptions);
    const still =
      state.inventoryLag === 0 &&
      state.edgeAccepted === previous.edgeAccepted &&
      state.inventoryApplied === previous.inventoryApplied;
    if (still || Date.now() > deadline) return state;
    previous = state;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).stack ?? (error as Error).message);
    process.exit(1);
  },
);
