import { join } from 'node:path';
import { AvroSerde, createKafkaClient, createSchemaRegistryClient } from '@parity/kafka';
import { ServiceProcess, serviceStackSettings } from '@parity/launcher';
import type { WorldTables } from '@parity/world';
import { publishWorld } from '@parity/world-api';
import { DataSource } from 'typeorm';
import type { BenchEnv } from '../kafka-runtime/bench-env';
import type { LedgerTotals } from './warehouse-day';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');
// Apart from `npm start` (3001…) and the integration tests (3100…).
const BENCH_PORT = 3140;

/** Where the built service stands: movements applied and events not yet sent. */
export interface Progress {
  /**
   * parity_inventory_movements_total{outcome="applied"} of the running process. Not the
   * group's committed offsets: the runtime commits those only when it leaves the group.
   */
  readonly applied: number;
  /** Rows waiting in inventory.kafka_outbox. */
  readonly outbox: number;
}

/**
 * The built inventory service (dist/apps/inventory) as the bench drives it: migrated as the
 * owner role, started as a child process in the bench's world model, and watched from outside
 * through its consumer group's offsets and its outbox.
 */
export class BenchInventoryService {
  private readonly owner: DataSource;

  constructor(
    private readonly env: BenchEnv,
    private readonly world: WorldTables,
    /** More settings for the service: vendor endpoints and push cadence for the Prima-ack run. */
    private readonly extraEnv: Record<string, string> = {},
  ) {
    this.owner = new DataSource({ type: 'postgres', url: env.databaseOwnerUrl, extra: { max: 2 } });
  }

  /**
   * Migrates as the owner role and publishes the bench's world model, which the service reads
   * to its end before it is ready: all it needs before `start()`.
   */
  async prepare(): Promise<void> {
    if (!this.owner.isInitialized) await this.owner.initialize();
    const kafka = createKafkaClient({
      brokers: [...this.env.brokers],
      clientId: 'bench-inventory',
    });
    const registry = createSchemaRegistryClient(this.env.registryUrl, 'bench-inventory');
    await publishWorld(kafka, new AvroSerde(registry), this.world);
    await ServiceProcess.migrate({
      name: 'inventory',
      env: this.serviceEnv(),
      workspaceRoot,
      logDir: this.logDir(),
      ownerDatabaseUrl: this.env.databaseOwnerUrl,
    });
  }

  start(): ServiceProcess {
    return new ServiceProcess({
      name: 'inventory',
      port: BENCH_PORT,
      env: { ...this.serviceEnv(), LOG_LEVEL: 'warn' },
      workspaceRoot,
      logDir: this.logDir(),
    });
  }

  async progress(): Promise<Progress> {
    const [metrics, [outbox]] = await Promise.all([
      fetch(`http://127.0.0.1:${BENCH_PORT}/metrics`).then((r) => r.text()),
      this.owner.query(`SELECT count(*)::int AS n FROM inventory.kafka_outbox`) as Promise<
        { n: number }[]
      >,
    ]);
    const applied = /^parity_inventory_movements_total\{outcome="applied"\} (\d+)/m.exec(metrics);
    return { applied: Number(applied?.[1] ?? 0), outbox: outbox?.n ?? 0 };
  }

  /** Σ of the ledger rows of the run's SKUs. */
  async ledgerTotals(skuPrefix: string): Promise<LedgerTotals & { openRequests: number }> {
    const [row] = (await this.owner.query(
      `SELECT count(*)::int AS rows, coalesce(sum(on_hand), 0)::text AS on_hand,
              coalesce(sum(allocated), 0)::text AS allocated,
              coalesce(sum(last_sequence), 0)::text AS last_sequence_sum,
              (SELECT count(*)::int FROM inventory.snapshot_requests
                WHERE sku LIKE $1 AND resolved_at IS NULL) AS open_requests
         FROM inventory.stock_ledger WHERE sku LIKE $1`,
      [`${skuPrefix}%`],
    )) as {
      rows: number;
      on_hand: string;
      allocated: string;
      last_sequence_sum: string;
      open_requests: number;
    }[];
    return {
      rows: row?.rows ?? 0,
      onHand: Number(row?.on_hand ?? 0),
      allocated: Number(row?.allocated ?? 0),
      lastSequenceSum: Number(row?.last_sequence_sum ?? 0),
      openRequests: row?.open_requests ?? 0,
    };
  }

  async close(): Promise<void> {
    if (this.owner.isInitialized) await this.owner.destroy();
  }

  private serviceEnv(): Record<string, string> {
    return {
      ...serviceStackSettings(process.env, 'run benchmarks through `npm run bench`'),
      ...runtimeTuningOf(process.env),
      ...this.extraEnv,
    };
  }

  private logDir(): string {
    return join(workspaceRoot, '.stack', 'logs', 'bench');
  }
}

/** The runtime's concurrency settings given to the bench, passed on to try others than the service's own. */
function runtimeTuningOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const keys = [
    'KAFKA_LANES_PER_PARTITION',
    'KAFKA_PARTITIONS_CONCURRENTLY',
    'OUTBOX_RELAY_BATCH_SIZE',
  ];
  return Object.fromEntries(keys.flatMap((key) => (env[key] ? [[key, env[key]]] : [])));
}

/** Polls until the service has applied `applied` movements and sent every event. */
export async function drained(
  service: BenchInventoryService,
  applied: number,
  onProgress: (progress: Progress) => void = () => undefined,
  timeoutMs = 30 * 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const progress = await service.progress().catch(() => undefined); // still booting
    if (progress) onProgress(progress);
    if (progress && progress.applied >= applied && progress.outbox === 0) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`inventory did not drain within ${timeoutMs / 1000} s`);
}
