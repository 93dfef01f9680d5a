import type { StockMovement, TopicDefinition } from '@parity/contracts';
import {
  CatalogExceptionRaiser,
  DeadLetterWriter,
  EventConsumer,
  EventPublisher,
  OutboxWriter,
  type Subscription,
} from '@parity/kafka';
import type { ThroughputMeter } from '../measure/throughput-meter';
import type { BenchContext } from './bench-context';
import { CommitClock } from './commit-clock';
import { netParams, netPerSku, upsertNetSql } from './stock-table';

export interface RunningRuntime {
  readonly clock: CommitClock;
  stop(): Promise<void>;
}

/**
 * The Parity runtime as a service wires it (see test/support/runtime-harness.ts): an
 * EventConsumer with per-key inbox, outbox-backed dead letters and exceptions, running as
 * the app role. Its handler nets a lane's movements per SKU and upserts them in one
 * statement; the runtime adds the inbox read and advance to the same transaction.
 */
export async function startRuntime(
  ctx: BenchContext,
  topic: TopicDefinition<StockMovement>,
  run: {
    readonly scenario: string;
    readonly table: string;
    readonly meter: Pick<ThroughputMeter, 'begin' | 'add'>;
    readonly recordLatency: boolean;
  },
): Promise<RunningRuntime> {
  const { options, database, serde } = ctx;
  const { meter, table } = run;
  const db = await database.connect(options.pool);
  const clock = new CommitClock((n) => meter.add(n), run.recordLatency);
  const outbox = new OutboxWriter(database.schema);
  const exceptions = new CatalogExceptionRaiser(serde, 'bench');
  const upsert = upsertNetSql(table);
  const subscription: Subscription<StockMovement> = {
    topic,
    handleBatch: async (messages, { tx }) => {
      meter.begin();
      clock.note(tx, messages);
      await tx.query(upsert, netParams(netPerSku(messages.map((m) => m.value))));
    },
  };
  const consumer = new EventConsumer(
    ctx.kafka,
    clock.wrap(db),
    serde,
    new EventPublisher(serde, outbox),
    new DeadLetterWriter(outbox, exceptions),
    {
      groupId: ctx.resources.group(run.scenario),
      schema: database.schema,
      subscriptions: [subscription as Subscription<never>],
      lanesPerPartition: options.lanes,
      partitionsConcurrently: options.partitionsConcurrently,
      fromBeginning: true,
    },
  );
  try {
    await consumer.start();
  } catch (error) {
    await consumer.stop().catch(() => undefined);
    await db.destroy();
    throw error;
  }
  return {
    clock,
    async stop() {
      await consumer.stop();
      await db.destroy();
    },
  };
}
