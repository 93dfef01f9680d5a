import { context, type Context } from '@opentelemetry/api';
import type { EntityManager } from 'typeorm';
import type { AvroSerde } from './avro-serde';
import type { OutboxWriter } from './outbox';
import type { TopicDefinition } from './topic';
import { endSpan, startPublishSpan, traceHeaders } from './trace-context';

/**
 * Publishes events through the outbox of the caller's transaction: encoded now with the
 * topic's registered schema, keyed by the catalog's key function, carrying the trace context
 * of the work that caused them, and sent by the relay only if the transaction commits.
 */
export class EventPublisher {
  constructor(
    private readonly serde: AvroSerde,
    private readonly outbox: OutboxWriter,
  ) {}

  async publish<V>(
    tx: EntityManager,
    topic: TopicDefinition<V>,
    values: readonly V[],
    causedBy: Context = context.active(),
  ): Promise<void> {
    // Registered once per topic and cached; a no-op after the first publish.
    await this.serde.register(topic);
    const records = values.map((value) => {
      const key = topic.key.of(value);
      const { span, context: publishing } = startPublishSpan(topic.name, key, causedBy);
      try {
        return {
          topic: topic.name,
          key,
          value: this.serde.encode(topic, value),
          headers: traceHeaders(publishing),
        };
      } finally {
        endSpan(span);
      }
    });
    await this.outbox.add(tx, records);
  }
}
