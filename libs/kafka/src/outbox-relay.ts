import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { createLogger, errorFields } from '@parity/telemetry';
import { outboxChannel } from './outbox';
import { backoffMs, defaultRetryPolicy } from '@parity/resilience';

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export interface OutboxRelayOptions {
  readonly schema: string;
  /** Rows sent per round; one produce request per topic. */
  readonly batchSize?: number;
  /** Polling interval when no notification arrives (a safety net, not the latency path). */
  readonly idleMs?: number;
}

/**
 * Publishes the outbox in id order and deletes what Kafka acknowledged. Exactly one relay
 * per service schema runs at a time (a PostgreSQL advisory lock held on a dedicated
 * connection): two relays could overtake each other and break per-key order. A failure
 * leaves the rows in place and the relay retries with backoff; it is at-least-once, and
 * consumers deduplicate by offset and event id.
 */
export class OutboxRelay {
  private readonly log = createLogger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /**
   * Stops the loop. A send in flight is not waited for beyond a moment: while Kafka is down
   * it could retry for long, and abandoning it is safe — its rows stay until acknowledged.
   */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await Promise.race([this.loop, new Promise((give) => setTimeout(give, 2_000))]);
  }

  private async run(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    // TypeORM's postgres driver hands back the pg client, which is where notifications arrive.
    const connection = (await runner.connect()) as {
      on(event: 'notification', fn: () => void): void;
    };
    connection.on('notification', () => this.wake?.());
    try {
      await this.becomeLeader(runner);
      await runner.query(`LISTEN "${outboxChannel(this.options.schema)}"`);
      let failures = 0;
      while (this.running) {
        try {
          const sent = await this.publishBatch();
          failures = 0;
          if (sent === 0) await this.sleep(this.options.idleMs ?? 1_000);
        } catch (error) {
          failures++;
          const retryInMs = backoffMs(defaultRetryPolicy, failures);
          this.log.warn('outbox.publish.retrying', {
            ...errorFields(error),
            attempt: failures,
            retryInMs,
          });
          await this.sleep(retryInMs);
        }
      }
    } finally {
      await runner.release();
    }
  }

  /** Waits for the advisory lock, polling so that stop() is honoured while another pod leads. */
  private async becomeLeader(runner: {
    query(sql: string, params?: unknown[]): Promise<{ locked: boolean }[]>;
  }): Promise<void> {
    while (this.running) {
      const [row] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
        outboxChannel(this.options.schema),
      ]);
      if (row?.locked) return;
      await this.sleep(1_000);
    }
  }

  private async publishBatch(): Promise<number> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, topic, message_key, value, headers FROM "${this.options.schema}".kafka_outbox ORDER BY id LIMIT $1`,
      [this.options.batchSize ?? 1_000],
    );
    if (rows.length === 0) return 0;
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: groupByTopic(rows).map(([topic, messages]) => ({
        topic,
        messages: messages.map((row) => ({
          key: row.message_key,
          value: row.value,
          headers: row.headers,
        })),
      })),
    });
    await this.dataSource.query(
      `DELETE FROM "${this.options.schema}".kafka_outbox WHERE id = ANY($1::bigint[])`,
      [rows.map((row) => row.id)],
    );
    return rows.length;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

// Order within a topic is id order, hence per-key order; order across topics does not matter.
function groupByTopic(rows: readonly OutboxRow[]): [string, OutboxRow[]][] {
  const byTopic = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    const list = byTopic.get(row.topic);
    if (list) list.push(row);
    else byTopic.set(row.topic, [row]);
  }
  return [...byTopic];
}
