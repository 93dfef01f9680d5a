export {
  PeoplevoxClient,
  type PeoplevoxClientOptions,
  type PvxDocumentSaveResult,
  type PvxEventType,
} from './peoplevox.client';
export {
  PvxTemplates,
  type PvxDespatchRow,
  type PvxGetTemplate,
  type PvxGoodsInRow,
  type PvxInventoryRow,
  type PvxItemType,
  type PvxPurchaseOrderItemRow,
  type PvxPurchaseOrderRow,
  type PvxSalesOrderItemRow,
  type PvxSalesOrderRow,
} from './peoplevox.templates';
export type {
  PvxAddress,
  PvxItemTypeInput,
  PvxPurchaseOrderInput,
  PvxRowFailure,
  PvxSalesOrderInput,
  PvxSaveResult,
} from './peoplevox-save';
export { pvxEquals, pvxIn } from './search-clause';
export { parseUkLocalTime, type PvxTimestamp } from './uk-local-time';
export {
  PEOPLEVOX_CALLBACK_TEMPLATES,
  peoplevoxCallbackEventFor,
  peoplevoxCallbackTemplate,
  type PeoplevoxCallbackEvent,
} from './callback-templates';
