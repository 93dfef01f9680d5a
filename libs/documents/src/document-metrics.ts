import { Counter, Gauge, Histogram } from 'prom-client';

const labelNames = ['target', 'type'] as const;

/** Answers per target, type and outcome (CONFIRMED, REFUSED, RETRY). */
export const documentOutcomes = new Counter({
  name: 'parity_documents_outcomes_total',
  help: 'Document writes answered, per target, type and outcome.',
  labelNames: [...labelNames, 'outcome'] as const,
});

/** From when the obligation arose to when the vendor confirmed it. */
export const documentConfirmSeconds = new Histogram({
  name: 'parity_documents_confirm_seconds',
  help: 'Time from a document request arising to the vendor confirming it.',
  labelNames,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 86_400],
});

export const documentsQueued = new Gauge({
  name: 'parity_documents_queued',
  help: 'Documents pending (not yet answered by the vendor), per target and type.',
  labelNames,
});
export const documentsInFlight = new Gauge({
  name: 'parity_documents_in_flight',
  help: 'Documents being written right now, per target and type.',
  labelNames,
});
export const documentsRefused = new Gauge({
  name: 'parity_documents_refused',
  help: 'Documents the vendor refused, waiting for a person, per target and type.',
  labelNames,
});
export const documentsOldestSeconds = new Gauge({
  name: 'parity_documents_oldest_pending_seconds',
  help: 'Age of the oldest pending document, per target and type.',
  labelNames,
});
