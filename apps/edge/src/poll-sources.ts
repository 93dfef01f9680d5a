import type { DataSource } from 'typeorm';
import type { EdgeConfig } from './edge.config';
import type { PollSource } from './ingest/poll-scheduler';
import { lightspeedSalesPollSource } from './vendors/lightspeed/lightspeed-sales.poll-source';
import { primaPollSources } from './vendors/prima/prima-feeds.poll-source';
import { sitooOrdersPollSource } from './vendors/sitoo/sitoo-orders.poll-source';

/** The feeds edge polls: one or more per enabled vendor without (complete) webhooks. */
export function pollSourcesFor(config: EdgeConfig, dataSource: DataSource): PollSource[] {
  const { prima, sitoo, lightspeed } = config.vendors;
  return [
    ...(prima ? primaPollSources(prima) : []),
    ...(sitoo ? [sitooOrdersPollSource(sitoo)] : []),
    ...(lightspeed ? [lightspeedSalesPollSource(lightspeed, dataSource)] : []),
  ];
}
