export {
  applyChangeSet,
  changeSetSchema,
  touchedKeys,
  type ChangeOutcome,
  type ChangeSet,
} from './change-set';
export { worldProblems } from './validate-world';
export { WorldModelProvider } from './world-model.provider';
export { WorldModule } from './world.module';
export {
  emptyWorld,
  locationVendors,
  rowKeyDescriptions,
  rowKeys,
  stockOwners,
  tableNames,
  tillVendors,
  wmsVendors,
  worldTablesSchema,
  type RowOf,
  type TableName,
  type WorldTables,
} from './world-tables';
export { WorldView, type WmsLocation } from './world-view';
