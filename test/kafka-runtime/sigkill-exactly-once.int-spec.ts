import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { TopicDefinition } from '@parity/kafka';
import { RuntimeHarness } from '../support/runtime-harness';
import { workspaceRoot } from '../support/service-env';
import { unique } from '../support/unique';
import {
  effectsTable,
  interleavedMovements,
  movementKey,
  movementSchemaV1,
  type Movement,
} from './movement';

const KEYS = 300;
const PER_KEY = 20; // 6,000 events

function startConsumerProcess(schema: string, topic: string, groupId: string): ChildProcess {
  const fixture = join(workspaceRoot, 'test', 'fixtures', 'counting-consumer.ts');
  // tsx as a loader inside this very process, not the tsx CLI: the CLI forks a child that
  // a SIGKILL of its parent would leave running, and the kill would prove nothing.
  return spawn(process.execPath, ['--import', 'tsx', fixture, schema, topic, groupId], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      TSX_TSCONFIG_PATH: join(workspaceRoot, 'tsconfig.base.json'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Whether a process still exists (signal 0 probes without sending anything). */
function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a consumer killed with SIGKILL in the middle of a batch', () => {
  const harness = new RuntimeHarness();
  let topic: TopicDefinition<Movement>;

  beforeAll(async () => {
    await harness.setUp(effectsTable);
    topic = await harness.topic({
      base: 'rt.kill',
      schema: movementSchemaV1,
      key: movementKey,
      partitions: 6,
    });
    await harness.produce(topic, interleavedMovements(KEYS, PER_KEY));
  });

  afterAll(() => harness.tearDown());

  it('leaves every event applied exactly once after a restart', async () => {
    const groupId = unique('rt-kill');
    const count = `SELECT count(*)::int AS n FROM "${harness.schema}".effects`;

    const first = startConsumerProcess(harness.schema, topic.name, groupId);
    const partial = await harness.waitFor<{ n: number }>(count, ([row]) => (row?.n ?? 0) >= 1_500);
    first.kill('SIGKILL');
    await new Promise((exited) => first.once('exit', exited));
    expect(isAlive(first.pid)).toBe(false);
    const atKill = partial[0]?.n ?? 0;
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(KEYS * PER_KEY);

    const second = startConsumerProcess(harness.schema, topic.name, groupId);
    try {
      await harness.waitFor<{ n: number }>(
        count,
        ([row]) => (row?.n ?? 0) >= KEYS * PER_KEY,
        120_000,
      );
      // Give a double application, were there one, time to show.
      await new Promise((settle) => setTimeout(settle, 2_000));
    } finally {
      second.kill('SIGTERM');
      await new Promise((exited) => second.once('exit', exited));
    }

    const [totals] = await harness.db.query(
      `SELECT count(*)::int AS rows, count(DISTINCT (sku, sequence))::int AS distinct_events FROM "${harness.schema}".effects`,
    );
    expect(totals).toEqual({ rows: KEYS * PER_KEY, distinct_events: KEYS * PER_KEY });
    const outOfOrder = await harness.db.query(
      `SELECT sku FROM (SELECT sku, sequence, lag(sequence) OVER (PARTITION BY sku ORDER BY id) AS previous FROM "${harness.schema}".effects) s
        WHERE previous IS NOT NULL AND sequence <> previous + 1`,
    );
    expect(outOfOrder).toEqual([]);
  });
});
