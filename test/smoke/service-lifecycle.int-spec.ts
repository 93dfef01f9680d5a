import { readFile } from 'node:fs/promises';
import { probeReadiness, serviceNames, ServiceProcess } from '@parity/launcher';
import { waitForTraces } from '../support/jaeger';
import { migrateAllServices, serviceEnv, testLogDir, workspaceRoot } from '../support/service-env';
import { unique } from '../support/unique';

// Ports apart from the ones `npm start` uses, so tests and a running demo do not collide.
const TEST_PORT_BASE = 3100;

function launch(index: number, overrides: Record<string, string> = {}): ServiceProcess {
  const name = serviceNames[index] ?? 'edge';
  return new ServiceProcess({
    name,
    port: TEST_PORT_BASE + index,
    env: { ...serviceEnv(), READINESS_TIMEOUT_MS: '1000', ...overrides },
    workspaceRoot,
    logDir: testLogDir,
  });
}

const WORLD_READERS = new Set(['edge', 'inventory', 'reconciliation']);

describe('service lifecycle', () => {
  beforeAll(() => migrateAllServices());

  it('boots every service, reports it ready against Kafka, the registry and PostgreSQL, traces it, and stops it cleanly on SIGTERM', async () => {
    const running = serviceNames.map((_, index) => launch(index));
    const probePath = `/${unique('trace-probe')}`;
    try {
      const readiness = await Promise.all(running.map((service) => service.waitUntilReady(60_000)));
      for (const [index, report] of readiness.entries()) {
        expect({
          service: running[index]?.name,
          ready: report.ready,
          checks: report.checks,
        }).toEqual({
          service: running[index]?.name,
          ready: true,
          checks: {
            database: { status: 'up' },
            kafka: expect.objectContaining({ status: 'up' }),
            schemaRegistry: { status: 'up' },
            // Services that read the world model are ready only once it is loaded.
            ...(WORLD_READERS.has(running[index]?.name ?? '')
              ? { worldModel: { status: 'up' } }
              : {}),
          },
        });
      }
      const metrics = await fetch(`http://127.0.0.1:${TEST_PORT_BASE}/metrics`);
      expect(await metrics.text()).toMatch(/^process_cpu_user_seconds_total /m);
      // Any request outside /health is traced; a 404 is enough to prove the SDK is wired.
      await Promise.all(
        running.map((_, index) => fetch(`http://127.0.0.1:${TEST_PORT_BASE + index}${probePath}`)),
      );
    } finally {
      // Stopping flushes the services' buffered spans.
      const exitCodes = await Promise.all(running.map((service) => service.stop()));
      expect(exitCodes).toEqual(running.map(() => 0));
    }
    for (const name of serviceNames) {
      const traces = await waitForTraces(
        `parity-${name}`,
        (found) => JSON.stringify(found).includes(probePath),
        { operation: 'GET', tags: { 'url.path': probePath } },
      );
      expect({ service: name, traced: JSON.stringify(traces).includes(probePath) }).toEqual({
        service: name,
        traced: true,
      });
    }
    const log = await readFile(running[0]?.logFile ?? '', 'utf8');
    expect(log).toContain('"event":"service.stopped"');
  });

  it('refuses to start with a malformed setting, naming it', async () => {
    const service = launch(0, { DATABASE_URL: 'mysql://root@127.0.0.1/parity', KAFKA_BROKERS: '' });
    expect(await service.waitForExit()).toBe(78);
    const log = await readFile(service.logFile, 'utf8');
    expect(log).toMatch(/"event":"config.invalid"/);
    expect(log).toMatch(/DATABASE_URL: expected a postgres/);
  });

  it('exits 1 at start, saying why, when the database refuses it', async () => {
    const refused = new URL(serviceEnv()['DATABASE_URL'] ?? '');
    refused.password = 'not-the-password';
    const service = launch(2, { DATABASE_URL: refused.toString() });
    expect(await service.waitForExit()).toBe(1);
    const log = await readFile(service.logFile, 'utf8');
    const failure = log.split('\n').find((line) => line.includes('"event":"service.start.failed"'));
    expect(failure).toContain('password authentication failed');
    expect(log).not.toContain('not-the-password');
  });

  it('stays live but not ready while Kafka is unreachable', async () => {
    const service = launch(1, { KAFKA_BROKERS: '127.0.0.1:1' });
    try {
      const readiness = await service.waitUntilReady(8_000);
      expect(readiness.ready).toBe(false);
      expect(readiness.httpStatus).toBe(503);
      expect(readiness.checks['kafka']?.status).toBe('down');
      expect(readiness.checks['database']?.status).toBe('up');
      const live = await fetch(`http://127.0.0.1:${TEST_PORT_BASE + 1}/health/live`);
      expect(live.status).toBe(200);
    } finally {
      expect(await service.stop()).toBe(0);
    }
    expect((await probeReadiness(TEST_PORT_BASE + 1)).ready).toBe(false);
  });
});
