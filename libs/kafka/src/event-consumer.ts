import type { Context } from '@opentelemetry/api';
import { exceptionTopicFor, Team } from '@parity/contracts';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { createLogger, errorFields } from '@parity/telemetry';
import type { AvroSerde } from './avro-serde';
import { keyOf, type ConsumedMessage, type RawMessage } from './consumed-message';
import { DeadLetterWriter, exceptionIdOf, type DeadLetter } from './dead-letters';
import { classifyFailure, failureCode } from './errors';
import type { EventPublisher } from './event-publisher';
import { Inbox, type PartitionRef } from './inbox';
import { splitIntoLanes } from './key-lanes';
import { kafkaMetrics } from './kafka-metrics';
import { rejectionException } from './rejection';
import { ReplayInbox } from './replay-inbox';
import { backoffMs, defaultRetryPolicy, type RetryPolicy } from '@parity/resilience';
import type { HandlerContext, Subscription } from './subscription';
import { context, endSpan, startProcessSpan } from './trace-context';

export interface EventConsumerOptions {
  readonly groupId: string;
  /** The service's database schema, where its inbox and outbox live. */
  readonly schema: string;
  readonly subscriptions: readonly Subscription<never>[];
  /** Concurrent lanes per partition batch: different keys in parallel, one key in order. */
  readonly lanesPerPartition?: number;
  /** Partition batches processed at once. */
  readonly partitionsConcurrently?: number;
  readonly retry?: RetryPolicy;
  readonly fromBeginning?: boolean;
  /** `<service>/<flow>` on the exceptions handlers' rejections raise; the group id if not given. */
  readonly producedBy?: string;
}

interface Decoded {
  readonly raw: RawMessage;
  readonly key: string;
  readonly message?: ConsumedMessage<unknown>;
  readonly error?: unknown;
}

/** Thrown out of a lane transaction to roll it back and redo the lane message by message. */
class IsolateFailure extends Error {}
/** Thrown when shutdown or a rebalance interrupts retries: the batch is left uncommitted. */
class Abandoned extends Error {}

/**
 * Consumes topics in batches with kafkajs and applies each message's effects exactly once:
 * - a partition batch is split into key lanes that run concurrently, each in one database
 *   transaction that also advances the per-key inbox, so a redelivered message is skipped;
 * - events the handler publishes, the exceptions of the messages it rejects, and dead letters
 *   with their exceptions go through the outbox of that same transaction;
 * - transient failures retry the lane in place with backoff and jitter, heartbeating so the
 *   group membership is kept; permanent ones dead-letter the message and the rest carry on;
 * - the Kafka offset is committed only after every lane of the batch has committed, and not
 *   at all when shutdown or a rebalance interrupted it.
 */
export class EventConsumer {
  private readonly log = createLogger(EventConsumer.name);
  private readonly inbox: Inbox;
  private readonly replays: ReplayInbox;
  private readonly bySubject: Map<string, Subscription<unknown>>;
  private readonly retry: RetryPolicy;
  private consumer: Consumer | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly serde: AvroSerde,
    private readonly publisher: EventPublisher,
    private readonly deadLetters: DeadLetterWriter,
    private readonly options: EventConsumerOptions,
  ) {
    this.inbox = new Inbox(options.schema);
    this.replays = new ReplayInbox(options.schema);
    this.bySubject = new Map(
      options.subscriptions.map((s) => [s.topic.name, s as Subscription<unknown>]),
    );
    this.retry = options.retry ?? defaultRetryPolicy;
  }

  async start(): Promise<void> {
    for (const subscription of this.bySubject.values())
      await this.serde.register(subscription.topic);
    // A rejection or a dead letter may raise an exception of any type, so on any team's topic.
    for (const team of Object.values(Team)) await this.serde.register(exceptionTopicFor(team));
    this.consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      maxBytesPerPartition: 1_048_576,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: [...this.bySubject.keys()],
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 4,
      eachBatch: (payload) => this.processBatch(payload),
    });
  }

  /** Stops fetching; batches in flight finish or are abandoned uncommitted. */
  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async processBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const subscription = this.bySubject.get(batch.topic);
    if (!subscription || batch.messages.length === 0) return;
    const ref: PartitionRef = {
      group: this.options.groupId,
      topic: batch.topic,
      partition: batch.partition,
    };
    const decoded = await Promise.all(
      batch.messages.map((message) =>
        this.decode(subscription, batch.topic, batch.partition, message),
      ),
    );
    const lanes = splitIntoLanes(decoded, (d) => d.key, this.options.lanesPerPartition ?? 8);
    try {
      await Promise.all(lanes.map((lane) => this.runLane(subscription, ref, lane, payload)));
    } catch (error) {
      if (error instanceof Abandoned) return;
      throw error;
    }
    if (!payload.isRunning() || payload.isStale()) return;
    payload.resolveOffset(batch.lastOffset());
    // With autoCommit off, commitOffsetsIfNecessary() commits nothing: commit explicitly, now
    // that every lane of the batch is durable, so lag is visible and a restart resumes here.
    await this.consumer?.commitOffsets([
      {
        topic: batch.topic,
        partition: batch.partition,
        offset: (BigInt(batch.lastOffset()) + 1n).toString(),
      },
    ]);
    kafkaMetrics.lag.set(
      { group: ref.group, topic: ref.topic, partition: String(ref.partition) },
      Number(BigInt(batch.highWatermark) - BigInt(batch.lastOffset()) - 1n),
    );
  }

  private async decode(
    subscription: Subscription<unknown>,
    topic: string,
    partition: number,
    message: KafkaMessage,
  ): Promise<Decoded> {
    const raw: RawMessage = {
      topic,
      partition,
      offset: message.offset,
      key: message.key,
      value: message.value,
      headers: stringHeaders(message.headers),
      timestamp: message.timestamp,
    };
    const key = keyOf(raw);
    try {
      const value = await this.serde.decode(subscription.topic, message.value);
      return {
        raw,
        key,
        message: {
          topic,
          partition,
          offset: raw.offset,
          key,
          value,
          headers: raw.headers,
          timestamp: raw.timestamp,
        },
      };
    } catch (error) {
      if (classifyFailure(error) === 'transient') throw error;
      return { raw, key, error };
    }
  }

  /** Runs one lane to completion, retrying transient failures in place. */
  private async runLane(
    subscription: Subscription<unknown>,
    ref: PartitionRef,
    lane: readonly Decoded[],
    payload: EachBatchPayload,
  ): Promise<void> {
    let isolate = false;
    for (let attempt = 1; ; attempt++) {
      const started = process.hrtime.bigint();
      try {
        await this.dataSource.transaction((tx) =>
          this.applyLane(tx, subscription, ref, lane, isolate),
        );
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        kafkaMetrics.handlerSeconds.observe(
          { group: ref.group, topic: ref.topic },
          seconds / lane.length,
        );
        return;
      } catch (error) {
        if (error instanceof IsolateFailure) {
          isolate = true;
          attempt = 0;
          continue;
        }
        if (classifyFailure(error) === 'permanent' || attempt >= this.retry.maxAttempts)
          throw error;
        await this.waitToRetry(ref, error, attempt, payload);
      }
    }
  }

  private async waitToRetry(
    ref: PartitionRef,
    error: unknown,
    attempt: number,
    payload: EachBatchPayload,
  ): Promise<void> {
    const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs ?? 0;
    const waitMs = backoffMs(this.retry, attempt, Math.random, retryAfterMs);
    kafkaMetrics.retries.inc({ group: ref.group, topic: ref.topic, code: failureCode(error) });
    this.log.warn('kafka.lane.retrying', {
      topic: ref.topic,
      partition: ref.partition,
      attempt,
      retryInMs: waitMs,
      ...errorFields(error),
    });
    // Heartbeat through the wait so a long outage does not cost the group membership.
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!payload.isRunning() || payload.isStale()) throw new Abandoned();
      await payload.heartbeat();
      await sleep(Math.min(1_000, deadline - Date.now()));
    }
    if (!payload.isRunning() || payload.isStale()) throw new Abandoned();
  }

  private async applyLane(
    tx: EntityManager,
    subscription: Subscription<unknown>,
    ref: PartitionRef,
    lane: readonly Decoded[],
    isolate: boolean,
  ): Promise<void> {
    const applied = await this.inbox.applied(tx, ref, [...new Set(lane.map((d) => d.key))]);
    const fresh = lane.filter((d) => BigInt(d.raw.offset) > (applied.get(d.key) ?? -1n));
    // A replayed dead letter arrives at a new offset, so the offset inbox cannot tell a second
    // copy of it from a new message; the replay inbox can. No query unless the lane has one.
    const todo = await this.replays.admit(tx, ref.group, fresh);
    const dead: DeadLetter[] = todo
      .filter((d) => d.error !== undefined)
      .map((d) => this.deadLetter(d, d.error));
    const live = todo.filter(
      (d): d is Decoded & { message: ConsumedMessage<unknown> } => d.message !== undefined,
    );
    const spans = new Map(
      live.map((d) => [
        d.message,
        startProcessSpan(d.raw.topic, d.raw.headers, {
          'messaging.kafka.offset': d.raw.offset,
          'messaging.kafka.message.key': d.key,
        }),
      ]),
    );
    const rejected = new Set<ConsumedMessage<unknown>>();
    const ctx = this.handlerContext(tx, spans, rejected);
    try {
      if (subscription.handleBatch && !isolate) {
        await this.runBatchHandler(subscription, live, ctx);
      } else {
        for (const d of live) {
          const failure = await this.runInSavepoint(tx, () =>
            context.with(ctx.traceOf(d.message), () => handleOne(subscription, d.message, ctx)),
          );
          if (failure === undefined) continue;
          rejected.delete(d.message); // its exception was rolled back with the savepoint
          dead.push(this.deadLetter(d, failure));
        }
      }
      await this.deadLetters.write(tx, dead);
      // A replay that failed again must stay replayable once its cause is fixed.
      await this.replays.release(
        tx,
        ref.group,
        dead.map((d) => d.message),
      );
      // Past skipped replays too: they are done with for this group.
      await this.inbox.advance(tx, ref, highWaterByKey(fresh));
    } finally {
      for (const { span } of spans.values()) endSpan(span);
    }
    this.count(ref, 'applied', todo.length - dead.length - rejected.size);
    this.count(ref, 'rejected', rejected.size);
    this.count(ref, 'skipped', lane.length - todo.length);
    for (const d of dead)
      kafkaMetrics.deadLettered.inc({
        group: ref.group,
        topic: ref.topic,
        code: failureCode(d.error),
      });
    this.count(ref, 'dead-lettered', dead.length);
  }

  private async runBatchHandler(
    subscription: Subscription<unknown>,
    live: readonly { message: ConsumedMessage<unknown> }[],
    ctx: HandlerContext,
  ): Promise<void> {
    try {
      await subscription.handleBatch?.(
        live.map((d) => d.message),
        ctx,
      );
    } catch (error) {
      if (classifyFailure(error) === 'permanent') throw new IsolateFailure();
      throw error;
    }
  }

  /** Runs work in a savepoint; a permanent failure rolls back just that work and is returned. */
  private async runInSavepoint(tx: EntityManager, work: () => Promise<void>): Promise<unknown> {
    await tx.query('SAVEPOINT parity_message');
    try {
      await work();
      await tx.query('RELEASE SAVEPOINT parity_message');
      return undefined;
    } catch (error) {
      if (classifyFailure(error) === 'transient') throw error;
      await tx.query('ROLLBACK TO SAVEPOINT parity_message');
      return error;
    }
  }

  private handlerContext(
    tx: EntityManager,
    spans: ReadonlyMap<ConsumedMessage<unknown>, { context: Context }>,
    rejected: Set<ConsumedMessage<unknown>>,
  ): HandlerContext {
    const traceOf = (message: ConsumedMessage<unknown>) =>
      spans.get(message)?.context ?? context.active();
    const { groupId, producedBy = groupId } = this.options;
    return {
      tx,
      traceOf,
      publish: (topic, values, causedBy) =>
        this.publisher.publish(tx, topic, values, causedBy ? traceOf(causedBy) : context.active()),
      reject: async (message, rejection) => {
        const exception = rejectionException(message, rejection, groupId, producedBy);
        await this.publisher.publish(
          tx,
          exceptionTopicFor(exception.team),
          [exception],
          traceOf(message),
        );
        rejected.add(message);
        this.log.warn('kafka.message.rejected', {
          topic: message.topic,
          partition: message.partition,
          offset: message.offset,
          key: message.key,
          type: exception.type,
          code: rejection.code,
        });
      },
    };
  }

  private deadLetter(d: Decoded, error: unknown): DeadLetter {
    this.log.error('kafka.message.dead-lettered', {
      topic: d.raw.topic,
      partition: d.raw.partition,
      offset: d.raw.offset,
      key: d.key,
      code: failureCode(error),
      ...errorFields(error),
    });
    return {
      message: d.raw,
      error,
      group: this.options.groupId,
      exceptionId: exceptionIdOf(this.options.groupId, d.raw),
    };
  }

  private count(ref: PartitionRef, outcome: string, n: number): void {
    if (n > 0) kafkaMetrics.consumed.inc({ group: ref.group, topic: ref.topic, outcome }, n);
  }
}

function handleOne(
  subscription: Subscription<unknown>,
  message: ConsumedMessage<unknown>,
  ctx: HandlerContext,
): Promise<void> {
  return subscription.handle
    ? subscription.handle(message, ctx)
    : (subscription.handleBatch?.([message], ctx) ?? Promise.resolve());
}

function highWaterByKey(messages: readonly Decoded[]): Map<string, bigint> {
  const offsets = new Map<string, bigint>();
  for (const d of messages) offsets.set(d.key, BigInt(d.raw.offset));
  return offsets;
}

function stringHeaders(headers: KafkaMessage['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return result;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
