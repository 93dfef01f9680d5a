/* eslint-disable no-console -- a terminal program: its output is for a person. */
import { join } from 'node:path';
import { createKafkaClient, ensureTopics } from '@parity/kafka';
import {
  serviceNames,
  services,
  ServiceProcess,
  serviceStackSettings,
  type Readiness,
} from '@parity/launcher';

/**
 * The main job, for now: start the six services against the running stack, wait until
 * each reports ready, and print a health summary. Later issues grow this into the full
 * pipeline on the sandbox's scenarios.
 */
const workspaceRoot = join(__dirname, '..', '..', '..');
const keepRunning = process.argv.includes('--keep-running');
const READY_TIMEOUT_MS = 60_000;

function summarise(service: ServiceProcess, readiness: Readiness, seconds: number): string {
  const checks = Object.entries(readiness.checks)
    .map(([name, check]) => `${name} ${check.status}`)
    .join(', ');
  const state = readiness.ready ? 'ready' : 'NOT READY';
  const detail = checks || readiness.error || '';
  return `  ${service.name.padEnd(15)} ${state.padEnd(10)} :${services[service.name]}  pid ${service.pid}  ${seconds.toFixed(1)}s  ${detail}`;
}

async function main(): Promise<number> {
  const env = serviceStackSettings(process.env, 'start this through `npm start`');
  const logDir = join(workspaceRoot, '.stack', 'logs', 'services');
  const started = Date.now();
  // Topics come from the catalog; locally they are created here, in Kubernetes by the operator.
  const created = await ensureTopics(
    createKafkaClient({ brokers: env['KAFKA_BROKERS']?.split(',') ?? [], clientId: 'parity-demo' }),
  );
  console.log(`topics: ${created.length} created from the catalog`);
  const ownerDatabaseUrl = process.env['DATABASE_OWNER_URL'];
  if (!ownerDatabaseUrl)
    throw new Error('DATABASE_OWNER_URL not set: start this through `npm start`');
  await Promise.all(
    serviceNames.map((name) =>
      ServiceProcess.migrate({ name, env, workspaceRoot, logDir, ownerDatabaseUrl }),
    ),
  );
  console.log(`migrated ${serviceNames.length} service schemas (as the owner role)`);
  const running = serviceNames.map(
    (name) => new ServiceProcess({ name, port: services[name], env, workspaceRoot, logDir }),
  );
  console.log(`starting ${running.length} services (logs: ${logDir})`);

  const reports = await Promise.all(
    running.map(async (service) => {
      const readiness = await service.waitUntilReady(READY_TIMEOUT_MS);
      const line = summarise(service, readiness, (Date.now() - started) / 1000);
      console.log(line);
      return readiness;
    }),
  );
  const ready = reports.filter((report) => report.ready).length;
  console.log(`\nhealth summary: ${ready}/${running.length} services ready`);

  if (keepRunning && ready === running.length) {
    console.log('running; Ctrl-C stops the services (the stack stays up: npm run stack -- down)');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }

  const exitCodes = await Promise.all(running.map((service) => service.stop()));
  const clean = exitCodes.filter((code) => code === 0).length;
  console.log(`stopped: ${clean}/${running.length} exited cleanly on SIGTERM`);
  return ready === running.length && clean === running.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
