import type { EdgeConfig } from './edge.config';
import type { PollSource } from './ingest/poll-scheduler';
import { sitooOrdersPollSource } from './vendors/sitoo/sitoo-orders.poll-source';

/** The feeds edge polls: one or more per enabled vendor without (complete) webhooks. */
export function pollSourcesFor(config: EdgeConfig): PollSource[] {
  const { sitoo } = config.vendors;
  return [...(sitoo ? [sitooOrdersPollSource(sitoo)] : [])];
}
