import type { DataSource } from 'typeorm';
import type { EdgeConfig } from './edge.config';
import type { PollSource } from './ingest/poll-scheduler';
import { lightspeedSalesPollSource } from './vendors/lightspeed/lightspeed-sales.poll-source';
import { sitooOrdersPollSource } from './vendors/sitoo/sitoo-orders.poll-source';

/** The feeds edge polls: one or more per enabled vendor without (complete) webhooks. */
export function pollSourcesFor(config: EdgeConfig, dataSource: DataSource): PollSource[] {
  const { sitoo, lightspeed } = config.vendors;
  return [
    ...(sitoo ? [sitooOrdersPollSource(sitoo)] : []),
    ...(lightspeed ? [lightspeedSalesPollSource(lightspeed, dataSource)] : []),
  ];
}
