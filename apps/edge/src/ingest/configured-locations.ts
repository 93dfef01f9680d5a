import { jsonSetting } from '@parity/config';
import { z } from 'zod';
import type { LocationMap } from './canonical-event';

/**
 * `EDGE_LOCATIONS`: which Parity depot each WMS site or till warehouse is, and which store each
 * till shop is, per vendor. Example:
 * `{"depots":{"peoplevox":{"PrimarySite":"WH1"}},"stores":{"lightspeed":{"1":"STORE01"}}}`.
 */
export const locationsSchema = jsonSetting(
  z.object({
    depots: z.record(z.string(), z.record(z.string(), z.string().min(1))).default({}),
    stores: z.record(z.string(), z.record(z.string(), z.string().min(1))).default({}),
  }),
);

export type ConfiguredLocations = z.output<typeof locationsSchema>;

export function locationMapOf(config: ConfiguredLocations): LocationMap {
  return {
    depotFor: (vendor, location) => config.depots[vendor]?.[location],
    storeFor: (vendor, shop) => config.stores[vendor]?.[shop],
  };
}
