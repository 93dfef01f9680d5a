import type { SourceSystem } from '@parity/contracts';
import type { WorldModelProvider } from '@parity/world';
import type { LocationMap } from './canonical-event';

/**
 * Edge's depot and store mappings, read from the current world model at every lookup, so a
 * location mapped (or unmapped) in the world takes effect with the next payload. Edge names
 * vendors in lower case (`lightspeed`), the world as the contracts do (`LIGHTSPEED`).
 */
export function worldLocationMap(world: WorldModelProvider): LocationMap {
  const systemOf = (vendor: string) => vendor.toUpperCase() as SourceSystem;
  return {
    depotFor: (vendor, location) =>
      world.current().depotOfVendorLocation(systemOf(vendor), location),
    storeFor: (vendor, shop) => world.current().storeOfShop(systemOf(vendor), shop),
  };
}
