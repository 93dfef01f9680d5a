export { nextAmendmentReference, orderNumberOf } from './amendment-reference';
export { clarusWms } from './clarus-wms';
export { peoplevoxWms, type PeoplevoxWmsOptions } from './peoplevox-wms';
export { WmsChangeRefused } from './wms-change-refused';
export {
  isAmendable,
  type WmsAddress,
  type WmsPlaced,
  type WmsPurchaseOrder,
  type WmsSalesOrder,
  type WmsSalesOrderContent,
  type WmsSalesOrderState,
  type WmsSalesOrderStatus,
} from './wms-documents';
export {
  wmsResolver,
  type DepotWmsLookup,
  type ResolvedWms,
  type WmsName,
  type WmsPort,
  type WmsStockLevel,
} from './wms-port';
