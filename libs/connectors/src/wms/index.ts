export { clarusWms } from './clarus-wms';
export { peoplevoxWms } from './peoplevox-wms';
export {
  wmsResolver,
  type DepotWmsLookup,
  type ResolvedWms,
  type WmsName,
  type WmsPort,
  type WmsStockLevel,
} from './wms-port';
