import type { Context } from '@opentelemetry/api';
import type { EntityManager } from 'typeorm';
import type { ConsumedMessage } from './consumed-message';
import type { Rejection } from './rejection';
import type { TopicDefinition } from './topic';

/** What a handler may do besides its own queries: publish events in the same transaction. */
export interface HandlerContext {
  /** The transaction that also records the message as applied. */
  readonly tx: EntityManager;
  /** Publishes through the outbox; `causedBy` links the events to a message's trace. */
  publish<V>(
    topic: TopicDefinition<V>,
    values: readonly V[],
    causedBy?: ConsumedMessage<unknown>,
  ): Promise<void>;
  /** The trace context of a message being handled. */
  traceOf(message: ConsumedMessage<unknown>): Context;
  /**
   * Records that a message is rejected for a business reason: its owned exception goes to the
   * type's team topic through the outbox, and the message counts as done (no dead letter).
   * The handler applies nothing of it. Throws, like a bug, if the rejection is not a valid
   * exception, so the message is dead-lettered instead.
   */
  reject(message: ConsumedMessage<unknown>, rejection: Rejection): Promise<void>;
}

/**
 * How a service handles one topic. Give `handle` for one message at a time (each in its own
 * savepoint, so a permanent failure rolls back that message alone), or `handleBatch` for the
 * messages of one lane at once, in order (faster: one statement can cover many keys). When a
 * batch throws a permanent error the runtime redoes that lane one message at a time to find
 * and dead-letter the culprit; the others are applied. A message the handler `ctx.reject`s is
 * done, like an applied one.
 */
export type Subscription<V> = {
  readonly topic: TopicDefinition<V>;
} & (
  | {
      handle(message: ConsumedMessage<V>, ctx: HandlerContext): Promise<void>;
      handleBatch?: undefined;
    }
  | {
      handleBatch(messages: readonly ConsumedMessage<V>[], ctx: HandlerContext): Promise<void>;
      handle?: undefined;
    }
);
