import type { SourceSystem } from '@parity/contracts';
import { WorldView, worldTablesSchema } from '@parity/world';
import { InventoryDepots } from './inventory-depots';

/** A depot row as a spec writes it: code and owner, the rest the world's defaults. */
type DepotRow = { code: string; owner: 'PEOPLEVOX' | 'CLARUS' | 'PRIMA' } & Record<string, unknown>;

/**
 * Inventory's depots for unit specs: these depots (and vendor locations) as one world version,
 * with every vendor connected and baselining off unless told otherwise (`baselineFromOwner:
 * undefined` leaves it to the world and the connections, as the setting unset does).
 */
export function depotsOf(
  depots: readonly DepotRow[],
  options: {
    readonly vendorLocations?: readonly Record<string, unknown>[];
    readonly connected?: readonly SourceSystem[];
    readonly baselineFromOwner?: boolean;
  } = {},
): InventoryDepots {
  const tables = worldTablesSchema.parse({
    depots,
    vendorLocations: options.vendorLocations ?? [],
  });
  const connected = options.connected ?? ['PRIMA', 'SITOO', 'LIGHTSPEED', 'PEOPLEVOX', 'CLARUS'];
  const baseline = 'baselineFromOwner' in options ? options.baselineFromOwner : false;
  return new InventoryDepots(new WorldView(tables, 1), new Set(connected), baseline);
}
