import { sampleEvents, type WorldDepot } from '@parity/contracts';
import { WorldView } from './world-view';
import type { WorldTables } from './world-tables';

/** The contracts' sample world (a Peoplevox warehouse, a store on Sitoo and Lightspeed) as tables. */
export const sampleWorld: WorldTables = WorldView.of(sampleEvents.worldModelV1).tables;

/** Its two depots: the Peoplevox warehouse LON1 and the store depot STORE01. */
export const [sampleWarehouse, sampleStore] = sampleWorld.depots as [WorldDepot, WorldDepot];

/** The sample world with one table's rows replaced. */
export function sampleWith<T extends keyof WorldTables>(
  table: T,
  rows: WorldTables[T],
): WorldTables {
  return { ...sampleWorld, [table]: rows };
}
