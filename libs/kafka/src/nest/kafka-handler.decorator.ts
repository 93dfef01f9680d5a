import { SetMetadata } from '@nestjs/common';
import type { TopicDefinition } from '@parity/contracts';

export const KAFKA_HANDLER = Symbol('KAFKA_HANDLER');

/**
 * Marks a provider as the handler of one topic. The class implements `handle(message, ctx)`
 * (one message at a time, each in its own savepoint) or `handleBatch(messages, ctx)` (a
 * lane's messages in order); see Subscription.
 *
 * ```ts
 * @KafkaHandler(Topics.wmsStockMovementsV1)
 * export class StockMovementHandler {
 *   async handle(message: ConsumedMessage<StockMovement>, ctx: HandlerContext) { … }
 * }
 * ```
 */
export const KafkaHandler = <V>(topic: TopicDefinition<V>): ClassDecorator =>
  SetMetadata(KAFKA_HANDLER, topic);
