import { Counter, Gauge, Histogram } from 'prom-client';

/**
 * The runtime's Prometheus instruments, on the default registry that each service's
 * /metrics endpoint serves. Labels are bounded: topic and consumer group, never keys.
 */
export const kafkaMetrics = {
  consumed: new Counter({
    name: 'parity_kafka_messages_consumed_total',
    help: 'Messages whose processing finished (applied, skipped as already applied, or dead-lettered).',
    labelNames: ['group', 'topic', 'outcome'] as const,
  }),
  handlerSeconds: new Histogram({
    name: 'parity_kafka_handler_duration_seconds',
    help: 'Time from the start of a lane transaction to its commit, per message.',
    labelNames: ['group', 'topic'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  }),
  retries: new Counter({
    name: 'parity_kafka_retries_total',
    help: 'Transient failures retried in place.',
    labelNames: ['group', 'topic', 'code'] as const,
  }),
  deadLettered: new Counter({
    name: 'parity_kafka_dead_lettered_total',
    help: 'Messages sent to a dead-letter topic.',
    labelNames: ['group', 'topic', 'code'] as const,
  }),
  lag: new Gauge({
    name: 'parity_kafka_consumer_lag',
    help: 'High watermark minus the next offset to process, per partition, after each batch.',
    labelNames: ['group', 'topic', 'partition'] as const,
  }),
};
