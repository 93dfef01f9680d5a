import type { LightspeedClient, PrimaClient, SitooClient } from '@parity/connectors';
import type { EdgeConfig } from './edge.config';
import type { PollSource } from './ingest/poll-scheduler';
import { lightspeedSalesPollSource } from './vendors/lightspeed/lightspeed-sales.poll-source';
import { primaPollSources } from './vendors/prima/prima-feeds.poll-source';
import { sitooOrdersPollSource } from './vendors/sitoo/sitoo-orders.poll-source';

/** The feeds edge polls: one or more per enabled vendor without (complete) webhooks. */
export function pollSourcesFor(
  config: EdgeConfig,
  primaClient: PrimaClient | undefined,
  sitooClient: SitooClient | undefined,
  lightspeedClient: LightspeedClient | undefined,
): PollSource[] {
  const { prima, sitoo, lightspeed } = config.vendors;
  return [
    ...(prima && primaClient ? primaPollSources(prima, primaClient) : []),
    ...(sitoo && sitooClient ? [sitooOrdersPollSource(sitoo, sitooClient)] : []),
    ...(lightspeed && lightspeedClient
      ? [lightspeedSalesPollSource(lightspeed, lightspeedClient)]
      : []),
  ];
}
