import type { SourceSystem, Team } from '@parity/contracts';
import { jsonSetting } from '@parity/config';
import { z } from 'zod';

const teams = ['FINANCE', 'WAREHOUSE', 'RETAIL_OPS', 'DATA', 'PLATFORM'] as const satisfies Team[];

/**
 * `DEPOT_TEAMS`: the team owning each depot's stock problems, overriding the default, as JSON:
 * `{"LON1":"WAREHOUSE","STORE07":"RETAIL_OPS"}`. Unlisted depots follow their stock owner.
 */
export const depotTeamsSchema = jsonSetting(z.record(z.string().min(1), z.enum(teams)));

export type DepotTeams = z.output<typeof depotTeamsSchema>;

/**
 * Who acts on a depot's stock drift. By default the stock owner decides: a depot whose stock
 * Prima owns is a store (RETAIL_OPS), one a WMS owns is a warehouse (WAREHOUSE); a depot
 * Parity has not seen availability for is taken to be a warehouse, where snapshots come from.
 */
export function teamForDepot(
  depotTeams: DepotTeams,
  depot: string,
  stockOwner: SourceSystem | null,
): Team {
  return depotTeams[depot] ?? (stockOwner === 'PRIMA' ? 'RETAIL_OPS' : 'WAREHOUSE');
}
