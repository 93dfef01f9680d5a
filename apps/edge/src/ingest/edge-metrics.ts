import { Counter, Histogram } from 'prom-client';

/** Edge's Prometheus instruments. Labels are bounded: vendor, channel and outcome. */
export const edgeMetrics = {
  inbound: new Counter({
    name: 'parity_edge_inbound_total',
    help: 'Vendor payloads received, by what became of them.',
    labelNames: ['vendor', 'channel', 'outcome'] as const,
  }),
  ackSeconds: new Histogram({
    name: 'parity_edge_ack_duration_seconds',
    help: 'From a webhook request arriving to its answer (archive and outbox committed).',
    labelNames: ['vendor'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  }),
  batchSize: new Histogram({
    name: 'parity_edge_archive_batch_size',
    help: 'Payloads committed per archive transaction (group commit).',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
  }),
  pollErrors: new Counter({
    name: 'parity_edge_poll_failures_total',
    help: 'Poll rounds that failed and will be retried.',
    labelNames: ['poller', 'code'] as const,
  }),
};
